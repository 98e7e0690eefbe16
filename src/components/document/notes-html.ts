/**
 * Makes the notes of header markers link back to them. The renderer links a
 * note's printed marker back to the text only for markers in the body; a note
 * whose marker stands in the header (seed 004: `FROM CHUNGKING TO FOREIGN
 * OFFICE[footnoteRef:1]`) gets a plain `<span class="note-marker">`. Only that
 * exact, renderer-made tag is replaced; the marker text between the tags,
 * already escaped by the renderer, is kept as it is.
 */
export function linkHeaderNotes(notesHtml: string, headerAnchors: readonly string[]): string {
  let html = notesHtml;
  for (const anchor of headerAnchors) {
    if (!/^fn-\d+$/.test(anchor)) continue;
    const refId = anchor.replace(/^fn-/, 'fnref-');
    const pattern = new RegExp(`(<li id="${anchor}" class="note">)<span class="note-marker">([^<]*)</span>`);
    html = html.replace(pattern, (_match, open: string, marker: string) => `${open}<a href="#${refId}" class="note-marker" aria-label="Note ${marker}, back to the heading">${marker}</a>`);
  }
  return html;
}
