import type { TextSpan } from '../model/text-spans.ts';
import type { ParsedDocument } from '../model/parsed-document.ts';
import { isUpper } from './characters.ts';
import { textRuns, type TextRun } from './find-mentions.ts';

/** A capitalized name in the documents that no person or place of the index matches. */
export interface UnindexedCandidate {
  text: string;
  count: number;
  /** Every place it stands, in edition order: file (relative to the content folder) and line. */
  occurrences: { document: string; file: string; line: number }[];
}

/** What the report needs of a document. */
export interface UnindexedInput {
  id: string;
  sourceFile: string;
  parsed: ParsedDocument;
  /** The mentions already found: their words are indexed. */
  mentions: readonly TextSpan[];
}

// Words that are capitalized without being names: function words, titles, offices, institutions, months and days.
const GENERIC = new Set(
  `a an the and or but if in on at of for to by with from as into upon over under after before since during while although though
   however nevertheless moreover furthermore therefore thus also there their they them this that these those it its he his him she her
   we our us you your i my me mr mrs messrs mme mlle miss sir lord lady dr madame monsieur his her excellency majesty majesty's highness
   general marshal admiral colonel major captain lieutenant commander governor president vice premier prime chairman king queen emperor prince
   ambassador minister secretary commissar commissariat chargé chargé d'affaires consul consulate counselor counsellor attaché envoy delegate delegation
   embassy legation department office ministry government governments state states affairs foreign national central federal provisional
   army navy air force forces military party parties committee council cabinet conference congress assembly parliament diet yuan senate
   republic kingdom union soviet soviets communist communists bolshevik bolsheviks socialist revolutionary white red allied allies entente
   treaty agreement convention protocol pact note memorandum telegram despatch aide-mémoire your my our reference no nos vol
   north south east west northern southern eastern western central north-east north-west south-east south-west
   january february march april may june july august september october november december
   monday tuesday wednesday thursday friday saturday sunday
   assistant deputy acting chief under division section bureau defense defence war interior finance justice commerce trade labor labour
   people's commissars non-aggression friendship neutrality sino anglo franco russo box file conclusions annex enclosure appendix
   german germans french frenchman dutch swiss greek greeks turk turks polish czech czechs thai arab arabs danish english irish scottish welsh`.split(/\s+/u),
);
const DEMONYM = /(?:ese|ian|ians|ish|ean|eans|ican|icans)$/u;
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'von', 'van', 'der', 'y', 'al', 'ul', 'ibn', 'bin']);
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Lists capitalized names that match no entry of the index, so editors see
 * what is still unindexed: runs of capitalized words (`Bertram Hinsky`,
 * `Pravda`), with their initials and particles (`J. K.`, `of`), outside the
 * mentions already found. A run made only of ordinary capitalized words
 * (`Soviet Government`, `Secretary of State`, demonyms like `Chinese`, words
 * written in lower case at least as often as capitalized inside a sentence,
 * like `Although` or `page`) is left out, and
 * so is a single word that only ever stands first in a sentence. A garbled
 * name that an editor's bracket corrects (`Bertram Hinsky [Vyshinsky?]`,
 * when the correction is linked) is not reported either.
 */
export function findUnindexedNames(documents: readonly UnindexedInput[]): UnindexedCandidate[] {
  // How often each word is written in lower case, and capitalized inside a sentence: `page` mostly lower, `Page` the man capitalized.
  const lowercaseCounts = new Map<string, number>();
  const capitalizedInside = new Map<string, number>();
  const capitalizedWords = new Set<string>();
  const found: { text: string; single: boolean; initial: boolean; where: UnindexedCandidate['occurrences'][number] }[] = [];

  for (const document of documents) {
    const mentionsByRun = new Map<string, TextSpan[]>();
    for (const mention of document.mentions) {
      const key = `${mention.part}:${mention.index}:${mention.inline}`;
      const list = mentionsByRun.get(key);
      if (list) list.push(mention);
      else mentionsByRun.set(key, [mention]);
    }
    const runs = textRuns(document.parsed);
    runs.forEach((run, position) => {
      const tokens = [...run.value.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
      for (const token of tokens) {
        if (!isUpper(token.text[0])) {
          increment(lowercaseCounts, token.text.toLowerCase());
        } else {
          capitalizedWords.add(token.text);
          if (!startsSentence(run, token.start)) increment(capitalizedInside, token.text.toLowerCase());
        }
      }
      const mentions = mentionsByRun.get(`${run.part}:${run.index}:${run.inline}`) ?? [];
      const corrected = correctedByNext(run, runs[position + 1], mentionsByRun);
      for (const sequence of capitalizedSequences(run.value, tokens)) {
        if (mentions.some((mention) => mention.start < sequence.at(-1)!.end && mention.end > sequence[0].start)) continue;
        if (corrected && run.value.slice(sequence.at(-1)!.end).trim() === '') continue;
        // `The Kazaks`, `Mr. Surits`: articles and titles before a name are not part of it.
        while (sequence.length > 1 && GENERIC.has(sequence[0].text.toLowerCase())) sequence.shift();
        const text = run.value.slice(sequence[0].start, sequence.at(-1)!.end).replace(/['’]s$/u, '');
        const block = run.part === 'body' ? document.parsed.body[run.index] : document.parsed.footnotes[run.index];
        found.push({
          text,
          single: sequence.length === 1,
          initial: startsSentence(run, sequence[0].start),
          where: { document: document.id, file: document.sourceFile, line: block?.line ?? 0 },
        });
      }
    });
  }

  const mostlyLowercase = (word: string) => {
    const lower = lowercaseCounts.get(word.toLowerCase()) ?? 0;
    return lower > 0 && lower >= (capitalizedInside.get(word.toLowerCase()) ?? 0);
  };
  const generic = (word: string) => isGeneric(word) || mostlyLowercase(word) || isDemonymOf(word, capitalizedWords);
  const usedInside = new Set(found.filter((item) => !item.initial).map((item) => item.text));
  const byText = new Map<string, UnindexedCandidate>();
  for (const item of found) {
    const words = item.text.split(/[\s.]+/u).filter((word) => word.length > 1 && !CONNECTORS.has(word));
    if (words.every(generic)) continue;
    if (item.single && !usedInside.has(item.text)) continue;
    const candidate = byText.get(item.text) ?? { text: item.text, count: 0, occurrences: [] };
    candidate.count += 1;
    candidate.occurrences.push(item.where);
    byText.set(item.text, candidate);
  }
  return [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/**
 * The report `npm run ingest -- --unindexed` prints: a summary line, then one
 * line per candidate with its count and where it stands (`file:line`, the
 * first few).
 */
export function formatUnindexedReport(candidates: readonly UnindexedCandidate[], contentDir: string, options: { places?: number } = {}): string {
  const shown = options.places ?? 3;
  const total = candidates.reduce((sum, candidate) => sum + candidate.count, 0);
  const lines = [`unindexed: ${candidates.length} capitalized names (${total} occurrences) match no entry of people.yaml or places.yaml`];
  const width = Math.min(40, Math.max(0, ...candidates.map((candidate) => candidate.text.length)));
  for (const candidate of candidates) {
    const where = candidate.occurrences.slice(0, shown).map((place) => `${joinPath(contentDir, place.file)}:${place.line}`);
    const more = candidate.occurrences.length > shown ? `, … ${candidate.occurrences.length - shown} more` : '';
    lines.push(`${String(candidate.count).padStart(5)}  ${candidate.text.padEnd(width)}  ${where.join(', ')}${more}`);
  }
  return lines.join('\n');
}

/** Runs of capitalized words, with initials (`J. K.`) and particles (`Bank of …`) inside them. */
function capitalizedSequences(value: string, tokens: readonly Token[]): Token[][] {
  const sequences: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length && CONNECTORS.has(current.at(-1)!.text)) current.pop();
    if (current.length) sequences.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const capitalized = isCapitalizedWord(token.text);
    const connector = CONNECTORS.has(token.text) && current.length > 0 && tokens[i + 1] && isCapitalizedWord(tokens[i + 1].text);
    if (!capitalized && !connector) {
      flush();
      continue;
    }
    const previous = current.at(-1);
    if (previous && !joins(value.slice(previous.end, token.start), previous)) flush();
    current.push(token);
  }
  flush();
  return sequences;
}

/** Two words belong to one name when one space separates them, or `. ` after an initial. */
function joins(gap: string, previous: Token): boolean {
  if (gap === ' ') return true;
  return /^\. ?$/u.test(gap) && previous.text.length === 1;
}

/** `Bogomolov`, `Kai-shek`, `J` (an initial): a capital then not all capitals (acronyms like `USSR` are left out), and no figures. */
function isCapitalizedWord(word: string): boolean {
  if (!isUpper(word[0]) || /\p{N}/u.test(word)) return false;
  return word.length === 1 || word !== word.toUpperCase();
}

function isGeneric(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (GENERIC.has(lower)) return true;
  return DEMONYM.test(lower) || lower.split('-').every((part) => GENERIC.has(part) || DEMONYM.test(part));
}

/** `Paraguayan` (Paraguay), `Cuban` (Cuba), `Argentine` (Argentina): an adjective made from a name found in the edition. */
function isDemonymOf(word: string, capitalizedWords: ReadonlySet<string>): boolean {
  const bare = word.replace(/s$/u, '');
  const roots = [bare.replace(/an$/u, ''), bare.replace(/n$/u, ''), bare.replace(/e$/u, 'a'), bare.replace(/ian$/u, 'ia'), bare.replace(/ese$/u, 'a')];
  return roots.some((root) => root !== bare && root.length > 2 && capitalizedWords.has(root));
}

function startsSentence(run: TextRun, start: number): boolean {
  const before = run.value.slice(0, start).trimEnd();
  if (before === '') return run.atSentenceStart;
  return /[.!?:]["”’)]*$/u.test(before) && !/\b(?:Mr|Mrs|Dr|Gen|Sir|St|\p{Lu})\.$/u.test(before);
}

/** The run ends where an editor's bracket follows that was linked to a name (`Bertram Hinsky [Vyshinsky?]`). */
function correctedByNext(run: TextRun, next: TextRun | undefined, mentionsByRun: ReadonlyMap<string, TextSpan[]>): boolean {
  if (next?.type !== 'emendation' || next.part !== run.part || next.index !== run.index || next.inline !== run.inline + 1) return false;
  return (mentionsByRun.get(`${next.part}:${next.index}:${next.inline}`) ?? []).length > 0;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function joinPath(dir: string, file: string): string {
  if (!dir || dir === '.') return file;
  return `${dir.replace(/\/$/, '')}/${file}`;
}
