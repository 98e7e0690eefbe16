/**
 * Whose document a reference names, as the citing document says it: `my`,
 * `your`, the Department, the writer's own office (`Embassy's`, `Consulate's`),
 * or someone named (`Tokyo's`, `Wilson's`, `the Ambassador's`).
 */

/** How an owner relates to the citing document's sender and recipient. */
export type OwnerRole = 'sender' | 'recipient' | 'department' | 'office' | 'named';

// Offices that write telegrams: "Embassy's 3356" is the post's own series,
// whichever side of the exchange the citing document is on.
const OFFICES = /^(?:Embassy|Legation|Consulate(?: General)?|Mission|Delegation|Agency|Consular Agency|High Commission|Office)$/i;
const DEPARTMENT = /^(?:Department|State Department|Department of State|Secretary|Secretary of State)$/i;

/**
 * Normalizes an owner phrase: `My` → `my`, `our` → `my`, `Your` → `your`,
 * `the Department’s` → `Department's`, `the Ambassador’s` → `Ambassador's`,
 * `Tokyo's` stays.
 */
export function normalizeOwner(phrase: string): string {
  const clean = phrase
    .trim()
    .replace(/’/g, "'")
    .replace(/^the\s+/i, '');
  const lower = clean.toLowerCase();
  if (lower === 'my' || lower === 'our') return 'my';
  if (lower === 'your') return 'your';
  return clean;
}

/** The word(s) of a possessive owner without `'s` (`Consulate General's` → `Consulate General`). */
export function ownerName(owner: string): string {
  return owner.replace(/['’]s$/, '');
}

/** How `owner` (normalized) relates to the citing document. */
export function ownerRole(owner: string): OwnerRole {
  if (owner === 'my') return 'sender';
  if (owner === 'your') return 'recipient';
  const name = ownerName(owner);
  if (DEPARTMENT.test(name)) return 'department';
  if (OFFICES.test(name)) return 'office';
  return 'named';
}

/** True when an owner's word lets a bare number be a reference (`Department's 88`): the parties and their offices. */
export function allowsBareNumber(owner: string): boolean {
  const role = ownerRole(owner);
  return role !== 'named';
}
