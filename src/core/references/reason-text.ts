/**
 * Why a reference is not followed, in words for readers: the resolver's
 * reasons (`not printed`, `other volume: FRUS 1940 vol. III, p. 232`,
 * `ambiguous: 2 candidates`…) as a sentence. Pure; plain text.
 */
export function reasonText(reason: string | null): string {
  if (!reason) return 'Not followed.';
  const [head, ...rest] = reason.split(': ');
  const detail = rest.join(': ');
  if (reason.startsWith('not printed; see footnote')) return `Not printed; the editors describe it in ${reason.slice('not printed; see '.length)}.`;
  if (reason.startsWith('this document')) return `This document itself${reason.slice('this document'.length)}.`;
  const notOnPage = /^not on (p\. \S+): no document there fits$/.exec(reason);
  if (notOnPage) return `Not identified: no document on ${notOnPage[1]} fits what the note says.`;
  switch (head) {
    case 'not printed':
      return 'Not printed: the editors say this document is not printed in the volume.';
    case 'not in this edition':
      return 'Not among the documents of this edition.';
    case 'other volume':
      return `Printed in another volume: ${detail}.`;
    case 'ambiguous':
      return /^page /.test(detail) ? `Not identified: ${detail}.` : `Not identified: ${detail.replace(/ candidates$/, ' documents fit equally well')}.`;
    case 'conflicting':
      return `Not identified: ${detail}.`;
    case 'supra':
    case 'infra':
      return `Not identified: “${head}” names no document by itself.`;
    default:
      return `Not identified: ${reason}.`;
  }
}
