import type { Party } from '../schemas/document.ts';

/** Sender and recipient read from a heading. */
export interface HeadingParties {
  from: Party | null;
  to: Party | null;
}

/**
 * Reads sender and recipient from a heading as FRUS prints it:
 * `The Chargé in the Soviet Union (Henderson) to the Secretary of State` →
 * from `{ name: "Henderson", role: "Chargé in the Soviet Union" }`, to `{ role: "Secretary of State" }`.
 * `Memorandum by the Economic Adviser (Feis)` → from only. British telegrams'
 * `FROM CHUNGKING TO FOREIGN OFFICE` → the two posts as roles.
 */
export function parseHeadingParties(heading: string): HeadingParties {
  // A volume's number before the heading (`No. 101. Mr. Sargent to …`, `66. Memorandum From …`) and its closing stop are no part of the parties.
  const text = heading
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:No\.\s*)?\d+\.\s+/, '')
    .replace(/(?<!\b(?:\p{Lu}|Co|Inc|Ltd|Jr|Sr|Bros|Esq|etc))\.$/u, '');
  const british = /^FROM\s+(.+?)\s+TO\s+(.+?)\.?$/.exec(text);
  if (british) return { from: { role: titleCase(british[1]) }, to: { role: titleCase(british[2]) } };

  // `Memorandum From the Director … (Murrow) to President Kennedy`, `Circular Telegram From the Department of State to All Posts`.
  const from = /^(?:Memorandum|(?:Circular )?Telegram|Letter|Note|Message|Airgram|Despatch|Instruction|Paper) From (.+)$/i.exec(text);
  if (from) {
    const split = splitAtTo(from[1]);
    return split ? { from: parseParty(split[0], true), to: parseParty(split[1]) } : { from: parseParty(from[1], true), to: null };
  }
  // `Memorandum by …`, `Memorandum of Conversation, by …`, `Memorandum Handed by … to …`.
  const memorandum = /^Memorandum(?: of (?:a )?Conversation,?| Handed| Prepared| Left| Delivered| Read)? by (.+)$/i.exec(text);
  if (memorandum) {
    const split = splitAtTo(memorandum[1], true);
    return split ? { from: parseParty(split[0], true), to: parseParty(split[1]) } : { from: parseParty(memorandum[1], true), to: null };
  }
  if (/^(Memorandum|Agreement|Press Release|Statement|Conversation|Aide-M[ée]moire|Note|Report|Treaty|Convention|Protocol|Minutes)\b/i.test(text)) {
    return { from: null, to: null };
  }

  const split = splitAtTo(text);
  if (!split) return { from: null, to: null };
  // `Same to same.`: the parties of the paper before, which this heading does not name.
  const named = (party: string) => !/^(?:the )?same$/i.test(party.trim());
  return { from: named(split[0]) ? parseParty(split[0], true) : null, to: named(split[1]) ? parseParty(split[1]) : null };
}

// Verbs that name what a commission or committee is for: `… to Negotiate Peace`, `… to Investigate …`.
const INFINITIVE =
  /^(?:Negotiate|Investigate|Study|Inquire|Examine|Prepare|Consider|Supervise|Administer|Arrange|Draft|Settle|Determine|Codify|Revise|Promote|Regulate|Control|Assist|Aid|Survey|Report|Confer|Fix|Delimit|Observe)\b/;

/**
 * Splits `A to B` at the ` to ` that joins the parties: the one right after a
 * parenthesised name if there is one (`(Henderson) to the`), else the first
 * outside parentheses.
 */
function splitAtTo(text: string, onlyAfterName = false): [string, string] | null {
  let positions: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(' to ', i)) positions.push(i);
  }
  // `The Commission to Negotiate Peace to …`: a body named for what it is to do; that ` to ` joins no parties.
  positions = positions.filter((i) => !INFINITIVE.test(text.slice(i + 4)));
  if (positions.length === 0) return null;
  const afterName = positions.find((i) => /\),?$/.test(text.slice(0, i)));
  if (afterName === undefined && onlyAfterName) return null;
  const at = afterName ?? positions[0];
  return [text.slice(0, at), text.slice(at + 4)];
}

const HONORIFIC =
  /^(Mr|Mrs|Miss|Messrs|Dr|Sir|Lord|Lady|President|Prime Minister|Premier|Marshal|Generalissimo|General|Admiral|Colonel|Captain|Commander|King|Queen|Emperor|Chancellor|Senator|Representative|Governor|Señor|Senor|Senhor|Monsieur|Baron|Count|Prince|Marquis|Marquess|Viscount|Earl|Duke|M)\.?\s/;

// Two to four capitalised words (name particles allowed): the shape of a personal name.
const PERSONAL_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s(?:de|da|del|di|von|van|y|\p{Lu}[\p{L}'’.-]*)){1,3}$/u;
// Words that make a capitalised phrase an office or a body, not a person.
const INSTITUTION =
  /\b(?:Secretary|Minister|Ministry|Ambassador|Embassy|Legation|Consul|Consulate|Chargé|Charge|Department|Government|Office|Board|Council|Commission|Committee|Delegation|Mission|Bank|Company|Corporation|Chamber|League|President|Chairman|Director|Chief|Governor|General|Admiral|Representative|Representatives|Agent|Adviser|Counselor|Attaché|Commissioner|Delegate|Foreign|State|States|Republic|Kingdom|Empire|Club|Society|Association|Union|University|Inc|Ltd|Co|Bros|Sons|Brothers|Firm)\b|&|’s\s|'s\s/;

/**
 * `the Ambassador in Russia (Francis)` → `{ name: "Francis", role: "Ambassador in Russia" }`.
 * The name comes off the role only when it closes the party as a separate
 * parenthesis (`Geneva (Gilbert)`); a role that goes on after it
 * (`(Morris), temporarily at Vladivostok`) is kept whole, as FRUS's own data does.
 */
export function parseParty(text: string, isSender = false): Party {
  const party = text
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/,$/, '')
    .trim();
  const name = /\(([^()]+)\)/.exec(party);
  if (name) {
    const separate = party.endsWith(` (${name[1]})`);
    let role = separate ? party.slice(0, party.length - name[0].length).trim() : party;
    // `Chairman of the … Railway Experts to Russia (Stevens) to the Secretary`: the
    // sender's office ends at its own "to", which FRUS headings leave ambiguous.
    if (isSender && separate) role = role.replace(/ to .*$/, '');
    return { name: name[1].trim(), role };
  }
  // `Visconti Venosta`: a person named without title or office.
  if (!HONORIFIC.test(party) && PERSONAL_NAME.test(party) && !INSTITUTION.test(party)) return { name: party };
  if (HONORIFIC.test(party)) {
    // `Mr. Ira Jewell Williams, Philadelphia`, `President Wilson`, `Mr. Miles of the Division …`: the name as printed, less the title.
    const person = party.split(/,| of | on | for /)[0].trim();
    const name = person.replace(HONORIFIC, '').trim();
    return { name: name || person, role: party };
  }
  return { role: party };
}

function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text.trim();
  return text
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase())
    .replace(/\b(Of|The|And|In|At|For)\b/g, (word) => word.toLowerCase());
}
