import type { LocatedReference } from '../model/text-spans.ts';
import type { IndexedDocument } from './edition-index.ts';
import { DEPARTMENT, postNamed, speaksFor, type Post } from './posts.ts';
import { ownerName, ownerRole } from './reference-owners.ts';

/** Who sent a cited document and to whom, as far as the reference and the citing document tell. */
export interface Series {
  from: Post | null;
  to: Post | null;
  /** For `Consulate General's` and the like when the citing party holds another office: the office that sent it. */
  office: string | null;
}

/**
 * The series a reference's owner names, relative to the citing document:
 * `my` — its sender's, to its recipient; `your` — the other way;
 * `Department's` — the Department's to the post; `Embassy's`, `Consulate's` —
 * the post's (whichever party it is); `Tokyo's`, `Wilson's` — that post or
 * person's. A printed addressee (`to Gilbert`) replaces the recipient.
 */
export function seriesOf(reference: Pick<LocatedReference, 'owner' | 'addressee'>, citing: Pick<IndexedDocument, 'sender' | 'recipient'>, useAddressee = true): Series {
  const addressee = useAddressee && reference.addressee && !/^you$/i.test(reference.addressee) ? postNamed(reference.addressee) : null;
  const notDepartment = (post: Post | null) => (post?.department ? null : post);
  const party = notDepartment(citing.sender) ?? notDepartment(citing.recipient);
  if (!reference.owner) return { from: null, to: addressee, office: null };
  switch (ownerRole(reference.owner)) {
    case 'sender':
      return { from: citing.sender, to: addressee ?? citing.recipient, office: null };
    case 'recipient':
      return { from: citing.recipient, to: addressee ?? citing.sender, office: null };
    case 'department':
      return { from: DEPARTMENT, to: addressee ?? party, office: null };
    case 'office': {
      const office = ownerName(reference.owner);
      // "Consulate General's" in an exchange with the Embassy is another office's series.
      if (party && speaksFor(office, party)) return { from: party, to: addressee ?? DEPARTMENT, office: null };
      return { from: null, to: addressee ?? DEPARTMENT, office };
    }
    case 'named': {
      const name = ownerName(reference.owner);
      // "the Ambassador's telegram": the post of the exchange's diplomat.
      if (isTitle(name)) return { from: party, to: addressee, office: null };
      return { from: postNamed(name), to: addressee, office: null };
    }
  }
}

function isTitle(word: string): boolean {
  return /^(?:Ambassador|Minister|Consul|Consul General|Chargé|Commissioner|Agent|Delegate|Counselor|Representative|Envoy)$/.test(word);
}
