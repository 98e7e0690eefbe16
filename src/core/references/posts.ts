import type { Party } from '../schemas/document.ts';

/**
 * Who is at either end of a telegram series. Numbering runs per post and
 * direction (the Embassy in Brazil's telegrams to the Department; the
 * Department's to the Embassy), so a series is a pair of posts. A post is
 * known by the places its holder's role names ("Ambassador in Brazil",
 * "Minister in Switzerland, at Geneva"), the place a document was sent from,
 * or, for the Department, by being the Department. A Chargé and an Ambassador
 * in Brazil share the Embassy's series; so do a Consul and a Minister at Geneva.
 */
export interface Post {
  department: boolean;
  /** Lower-case places the role names (`brazil`; `switzerland`, `geneva`). */
  places: string[];
  /** Lower-case place the document was sent from (`rio de janeiro`), or null. */
  sentFrom: string | null;
  /** Lower-case personal names (`gibson`). */
  names: string[];
  /** Lower-case title, the role's words before its places (`ambassador`, `consul general`). */
  title: string | null;
  /** Lower-case role of a party with no place in it (`secretary of the treasury`). */
  role: string | null;
  /** True for a word of the text (`Tokyo's`, `to Gilbert`) that may be a place or a name. */
  named: boolean;
}

/** Whether two posts are the same end of a series: `yes`, `no`, or `unknown` when either says too little. */
export type Fit = 'yes' | 'no' | 'unknown';

const DEPARTMENT_ROLE = /\b(?:Secretary of State|Under ?secretary of State|Department of State|State Department|Department)\b/i;
const PLACE_AFTER = /\b(?:in|at)\s+(?:the\s+)?([A-Z][^,;()]*)/g;

/**
 * The post of a party: `{role: "Ambassador in Brazil(Gibson)"}` sent from
 * `Rio de Janeiro` → places `brazil`, sent from `rio de janeiro`, name
 * `gibson`, title `ambassador`; `{role: "Acting Secretary of State"}` → the
 * Department.
 */
export function postOf(party: Party | null, sentFrom: string | null = null): Post | null {
  if (!party && !sentFrom) return null;
  const role = party?.role ?? '';
  const names = new Set<string>();
  if (party?.name) names.add(party.name.toLowerCase());
  // Some headings glue the name to the role: "Ambassador in Brazil(Gibson)".
  for (const match of role.matchAll(/\(([^()]+)\)/g)) names.add(match[1].trim().toLowerCase());
  const bareRole = role
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const base = { sentFrom: sentFrom?.toLowerCase() ?? null, names: [...names], named: false };
  // A British-style heading names posts by their cities (`FROM WASHINGTON TO CONSUL AT GENEVA`): Washington is the Department.
  if (DEPARTMENT_ROLE.test(bareRole) || /^Washington$/i.test(bareRole)) return { ...base, department: true, places: [], title: null, role: null };
  if (
    /^\p{Lu}[\p{L}'’.-]*(?:\s(?:de|del|da|do|la|le|\p{Lu}[\p{L}'’.-]*)){0,3}$/u.test(bareRole) &&
    !/\b(?:Ambassador|Minister|Consul|Chargé|Charge|Secretary|Embassy|Legation|Consulate|Delegation|Delegate|Commissioner|Agent|President|Government)\b/.test(bareRole)
  ) {
    // `Buenos Aires`, `Geneva`: a post known only by its city.
    return { ...base, sentFrom: base.sentFrom ?? bareRole.toLowerCase(), department: false, places: [], title: null, role: null };
  }
  const places = new Set<string>();
  for (const match of bareRole.matchAll(PLACE_AFTER)) {
    const name = match[1]
      .replace(/\s+(?:temporarily|now|and)\b.*$/i, '')
      .trim()
      .toLowerCase();
    if (name) places.add(name);
  }
  const firstPlace = bareRole.search(/,?\s*\b(?:in|at)\s+(?:the\s+)?[A-Z]/);
  const title =
    (firstPlace >= 0 ? bareRole.slice(0, firstPlace) : bareRole)
      .replace(/^(?:Acting|Vice|American)\s+/i, '')
      .trim()
      .toLowerCase() || null;
  return { ...base, department: false, places: [...places], title, role: places.size === 0 ? title : null };
}

/** The Department of State as a post. */
export const DEPARTMENT: Post = { department: true, places: [], sentFrom: null, names: [], title: null, role: null, named: false };

/** A post named by words of the text (`Tokyo`, `Wilson`, `Ambassador in Argentina`): a role with places, or a place or person. */
export function postNamed(words: string): Post {
  const parsed = postOf({ role: words });
  if (parsed && (parsed.department || parsed.places.length > 0)) return parsed;
  const lower = words.toLowerCase();
  return { department: false, places: [lower], sentFrom: null, names: [lower], title: null, role: null, named: true };
}

// Which holders' telegrams an office's possessive names: "Embassy's" an ambassador's or chargé's.
const OFFICE_TITLES: Record<string, RegExp> = {
  embassy: /ambassador|chargé|charge|counsel|secretary|attaché/,
  legation: /minister|chargé|charge|secretary/,
  consulate: /^(?:vice )?consul$/,
  'consulate general': /consul general/,
};

/** Whether the holder of `post` writes for `office` (`Embassy`, `Consulate General`…); true for offices not listed. */
export function speaksFor(office: string, post: Post): boolean {
  const pattern = OFFICE_TITLES[office.toLowerCase()];
  return !pattern || !post.title || pattern.test(post.title);
}

/**
 * Whether post `actual` (a candidate document's party) is post `expected`
 * (what the reference implies).
 */
export function fitPost(expected: Post | null, actual: Post | null): Fit {
  if (!expected || !actual) return 'unknown';
  if (expected.department || actual.department) return expected.department === actual.department ? 'yes' : 'no';
  if (expected.named) {
    // A word of the text is looked for among the candidate's places and names; absence proves nothing.
    const word = expected.names[0];
    const known = [...actual.places, ...actual.names, ...(actual.sentFrom ? [actual.sentFrom] : [])];
    return known.some((other) => samePlace(word, other)) ? 'yes' : 'unknown';
  }
  const expectedPlaces = withSentFrom(expected);
  const actualPlaces = withSentFrom(actual);
  if (expected.places.length > 0 && actual.places.length > 0) {
    return expectedPlaces.some((place) => actualPlaces.some((other) => samePlace(place, other))) ? 'yes' : 'no';
  }
  if (expected.names.some((name) => actual.names.includes(name))) return 'yes';
  // A party without a post in its role ("Chairman of the Advisory Commission") is known by where it wrote from.
  if (expectedPlaces.some((place) => actualPlaces.some((other) => samePlace(place, other)))) return 'yes';
  if (expected.role && actual.role) return expected.role === actual.role ? 'yes' : 'no';
  return 'unknown';
}

function withSentFrom(post: Post): string[] {
  return post.sentFrom ? [...post.places, post.sentFrom] : post.places;
}

/** Same place, allowing one name to end or begin the other ("union" aside, "soviet union" / "the soviet union"). */
function samePlace(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}
