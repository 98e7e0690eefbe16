import { stripMarkers } from './inline.ts';
import type { SourceLine } from './source-lines.ts';

// Name particles that stay lower-case inside a signature (`Henri de Bayle`).
const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'des', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'dos', 'das']);

/**
 * True for a line that reads as a signature: a few capitalised words with no
 * sentence punctuation — `Steinhardt`, `Cordell Hull`, `B. Bakhmeteff`,
 * `C[ordell] H[ull]`, `Henri de Bayle`, `Louis G. Dreyfus, Jr.`. Closings like
 * `Sincerely yours,` and sentences like `Repeated to Habana.` are not.
 */
export function isSignatureLine(raw: string): boolean {
  const text = stripMarkers(raw).trim().replace(/,\s*(?:Jr|Sr)\.$/, '');
  if (!text || text.length > 60 || /\d/.test(text)) return false;
  if (/[,:;]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  if (text.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(text) && words.length > 2) return false;
  return words.every((word) => {
    const bare = word.replace(/[[\]]/g, '');
    if (PARTICLES.has(bare)) return true;
    return /^\p{Lu}/u.test(bare) && !/[!?]/.test(bare);
  });
}

// `For the Secretary of State:` — the capacity in which an officer signs.
const SIGNING_FOR = /^For (?:the )?[\p{Lu}].{0,60}:$/u;
// `Counselor of Embassy`, `Chargé d'Affaires ad interim`: the signer's office.
const OFFICE_WORD = /\b(?:Ambassador|Minister|Secretary|Counselor|Consul|Chargé|Charge|Attaché|Delegate|President|Chairman|Director|Commissioner|Adviser|Agent|Governor|General|Chief|Undersecretary)\b/;
// Complimentary closes after which the signature follows.
const CLOSING =
  /(?:\[etc\.?\]\.?|yours,?|(?:sincerely|faithfully|truly|respectfully|cordially),?)$/i;

function isOfficeLine(text: string): boolean {
  return OFFICE_WORD.test(text) && text.split(/\s+/).length <= 8 && /^\p{Lu}/u.test(text) && !/[.;!?]$/.test(text);
}

/**
 * Finds signature lines among the body lines (indices into `lines`): those at
 * the end — past any `For the Secretary of State:` or office lines, which
 * transcriptions sometimes move below the name — and those right after a
 * complimentary close inside the text (a signed enclosure or covering letter).
 * Returns the indices of the name lines and of the signing-block lines around them.
 */
export function findSignatures(lines: readonly SourceLine[], body: readonly number[]): { names: number[]; block: number[] } {
  const textOf = (index: number) => stripMarkers(lines[index].text).trim();
  const names = new Set<number>();
  const block = new Set<number>();

  // At the end: skip trailing junk (`[`), signing-for and office lines, then take the names.
  let position = body.length - 1;
  const trailing: number[] = [];
  while (position > 0 && (!/\p{L}/u.test(textOf(body[position])) || SIGNING_FOR.test(textOf(body[position])) || isOfficeLine(textOf(body[position])))) {
    trailing.push(body[position]);
    position -= 1;
  }
  const start = position;
  while (position > 0 && start - position < 8 && isSignatureLine(textOf(body[position]))) {
    names.add(body[position]);
    position -= 1;
  }
  if (names.size) for (const index of trailing) if (/\p{L}/u.test(textOf(index))) block.add(index);

  // Inside: a signature right after a complimentary close.
  for (let i = 1; i < body.length - 1; i += 1) {
    if (names.has(body[i]) || !CLOSING.test(textOf(body[i - 1])) || textOf(body[i - 1]).split(/\s+/).length > 12) continue;
    if (isSignatureLine(textOf(body[i]))) names.add(body[i]);
  }
  return { names: [...names].sort((a, b) => a - b), block: [...block].sort((a, b) => a - b) };
}
