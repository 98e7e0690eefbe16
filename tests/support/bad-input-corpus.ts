/**
 * A content folder made the way a careless editor or a hostile contributor
 * would make one (issue 11): odd and colliding file names, symlinks out of the
 * folder and dangling ones, a directory and a pipe named like transcriptions,
 * other encodings, control characters, broken and misspelt YAML, and script
 * payloads in the text and in every YAML file. The edition built from it must
 * build, keep every file, report every problem with file and line, publish
 * nothing from outside the folder and execute nothing.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A string that must appear nowhere in the built site: it lives outside the content folder. */
export const OUTSIDE_SECRET = 'OUTSIDE-SECRET-7f3a91';

/** What every script payload calls: the browser test counts the calls (it must count none). */
export const XSS_CALL = '__xssExecuted';

/** Payloads in the text and the YAML, each calling `XSS_CALL` if it ever runs. */
export const XSS_PAYLOADS = [
  `<script>${XSS_CALL}('script')</script>`,
  `<img src=x onerror="${XSS_CALL}('img')">`,
  `<svg onload=${XSS_CALL}('svg')>`,
  `"><script>${XSS_CALL}('attribute')</script>`,
  `</script><script>${XSS_CALL}('json')</script>`,
  `javascript:${XSS_CALL}('href')`,
  `<a href="javascript:${XSS_CALL}('link')">click</a>`,
  `{{constructor.constructor('${XSS_CALL}("template")')()}}`,
];

const telegram = (title: string, extra = '') =>
  `761.94/1230: Telegram\n\nThe Ambassador in the Soviet Union (Steinhardt) to the Secretary of State\n\nMoscow, October 22, 1940—5 p.m.\n[Received October 23—9:15 a.m.]\n\n1390. ${title}: the Soviet Government is watching Chungking.${extra}\n\nSteinhardt\n`;

/** Every transcription the corpus holds (file name → what it is), so the test can check each one is published. */
export interface BadInputCorpus {
  dir: string;
  /** File names (in documents/) that are transcriptions, readable or not. */
  transcriptions: string[];
}

/** Writes the corpus into `<work>/content`, with files it must never read in `<work>/outside`. */
export function makeBadInputCorpus(work: string): BadInputCorpus {
  const dir = join(work, 'content');
  const outside = join(work, 'outside');
  const documents = join(dir, 'documents');
  mkdirSync(documents, { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), `${OUTSIDE_SECRET}\nTOKEN=${OUTSIDE_SECRET}\n`);
  writeFileSync(join(outside, 'people.yaml'), `- id: secret\n  name: ${OUTSIDE_SECRET}\n`);

  const write = (name: string, content: string | Buffer) => writeFileSync(join(documents, name), content);
  const transcriptions: string[] = [];
  const add = (name: string, content: string | Buffer) => {
    write(name, content);
    transcriptions.push(name);
  };

  // Odd names.
  add('..txt', telegram('Two dots'));
  add('.txt', telegram('Only the extension'));
  add('pct%41.txt', telegram('A percent sign'));
  add(`${'n'.repeat(251)}.txt`, telegram('A 255-character name'));
  add('hash#1.txt', telegram('A hash sign'));
  add('query?x=1.txt', telegram('A question mark'));
  add('spaces and Ünïcödé.txt', telegram('Spaces and accents'));
  add('UPPER.TXT', telegram('An upper-case extension'));
  // A case-only pair: one file on a case-insensitive file system.
  add('Case.txt', telegram('Upper-case C'));
  add('case.txt', telegram('Lower-case c'));
  // A slug collision: both become `a-b`.
  add('a b.txt', telegram('A space'));
  add('a-b.txt', telegram('A hyphen'));

  // Entries that cannot be read as transcriptions.
  mkdirSync(join(documents, 'x.txt'));
  writeFileSync(join(documents, 'x.txt', 'inside.txt'), 'inside a directory');
  transcriptions.push('x.txt');
  symlinkSync('missing-target.txt', join(documents, 'dangling.txt'));
  transcriptions.push('dangling.txt');
  symlinkSync('/proc/self/environ', join(documents, 'env.txt'));
  transcriptions.push('env.txt');
  symlinkSync(join(outside, 'secret.txt'), join(documents, 'secret.txt'));
  transcriptions.push('secret.txt');
  symlinkSync('../../outside/secret.txt', join(documents, 'relative-secret.txt'));
  transcriptions.push('relative-secret.txt');
  execFileSync('mkfifo', [join(documents, 'pipe.txt')]);
  transcriptions.push('pipe.txt');
  add('unreadable.txt', telegram('Unreadable'));
  chmodSync(join(documents, 'unreadable.txt'), 0o000);
  add('empty.txt', '');
  // A symlink that stays inside the content folder is read like any file.
  add('target.txt', telegram('The target of a link inside the folder'));
  symlinkSync('target.txt', join(documents, 'inside-link.txt'));
  transcriptions.push('inside-link.txt');

  // Encodings.
  add('utf8-bom.txt', `\uFEFF${telegram('UTF-8 with a byte-order mark, Chargé')}`);
  add('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(telegram('UTF-16 little-endian, Chargé'), 'utf16le')]));
  add('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(telegram('UTF-16 big-endian, Chargé'), 'utf16le').swap16()]));
  add('latin1.txt', Buffer.from(telegram('Latin-1, Chargé').replace('—', '-'), 'latin1'));
  add('cp1252.txt', windows1252(telegram('Windows-1252, the “Chargé” d’Affaires')));
  add('mixed.txt', Buffer.concat([Buffer.from(telegram('Mostly UTF-8, Chargé'), 'utf8'), Buffer.from('One Latin-1 line: Chargé\n', 'latin1')]));
  add('controls.txt', `${telegram('Control characters')}A bell \u0007 here.\nA NUL \u0000 there.\nClean line.\nAn escape \u001b[31m red.\n`);
  add('binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));

  // Parser edge: an unclosed inline note.
  add('unclosed-note.txt', ` SECRET\nNo. 456\n25th March, 1946\n\nFROM CHUNGKING TO FOREIGN OFFICE\n\n\t1. The Russians are watching[footnoteRef:4 the Americans.\n\nCARR\n`);

  // Script payloads in the text, the notes and the sidecar.
  add('xss.txt', `${telegram(XSS_PAYLOADS[0], `\n\n${XSS_PAYLOADS.join('\n\n')}\n\nA note marker here.1\n\n  1. ${XSS_PAYLOADS[1]} ${XSS_PAYLOADS[4]}\n`)}`);
  write(
    'xss.yaml',
    [
      `title: ${JSON.stringify(XSS_PAYLOADS[0])}`,
      `place: ${JSON.stringify(XSS_PAYLOADS[1])}`,
      `from: { name: ${JSON.stringify(XSS_PAYLOADS[3])}, role: ${JSON.stringify(XSS_PAYLOADS[4])} }`,
      `subject: ${JSON.stringify(XSS_PAYLOADS[5])}`,
      `editorialNote: ${JSON.stringify(XSS_PAYLOADS.join(' '))}`,
      `aliases: { ${JSON.stringify(XSS_PAYLOADS[2])}: stalin }`,
      '',
    ].join('\n'),
  );

  // Sidecars: a misspelt key beside valid values, an invalid value, broken YAML, an orphan.
  add('sidecar-misspelt.txt', telegram('A misspelt sidecar key'));
  write('sidecar-misspelt.yaml', 'date: "1940-10-25"\nplace: Kuibyshev\nrecieved: "October 26"\ntype: poem\nfrom: { name: Steinhardt, rank: Ambassador }\naliases: { the Marshal: staline }\n');
  add('sidecar-broken.txt', telegram('A sidecar that is not YAML'));
  write('sidecar-broken.yaml', 'date: "1940-10-25\nplace: [Moscow\n');
  write('orphan.yaml', 'date: "1940-10-25"\n');
  write('notes.md', 'Not a transcription.\n');
  add('linked-sidecar.txt', telegram('A sidecar linked from outside'));
  symlinkSync(join(outside, 'secret.txt'), join(documents, 'linked-sidecar.yaml'));

  // The edition's settings and index files, each with one bad value among good ones.
  writeFileSync(
    join(dir, 'edition.yaml'),
    [
      `title: ${JSON.stringify(`Bad input ${XSS_PAYLOADS[0]}`)}`,
      `subtitle: ${JSON.stringify(XSS_PAYLOADS[1])}`,
      'editors: ["An Editor", 3]',
      'url: "javascript:alert(1)"',
      'publisher: "A Publisher"',
      'published: 2026',
      'licnce: misspelt',
      `introduction: ${JSON.stringify(`${XSS_PAYLOADS.join('\n\n')}`)}`,
      `licence: ${JSON.stringify(XSS_PAYLOADS[6])}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'people.yaml'),
    [
      '- id: steinhardt',
      '  name: Laurence Steinhardt',
      '  variants: [Steinhardt]',
      '  born: "1892"',
      '  bron: "1892"',
      '  wikidata: not-a-qid',
      '- id: Bad Id',
      '  name: Nobody',
      '- id: stalin',
      `  name: ${JSON.stringify(`Stalin ${XSS_PAYLOADS[2]}`)}`,
      '  variants: [Stalin, 7]',
      `  description: ${JSON.stringify(XSS_PAYLOADS.join(' '))}`,
      '- id: steinhardt',
      '  name: A second Steinhardt',
      '- just a string',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'places.yaml'),
    [
      '- id: moscow',
      '  name: Moscow',
      '  kind: city',
      '  coordinates: [37.62, 955.75]',
      '- id: chungking',
      '  name: Chungking',
      '  kind: metropolis',
      `  description: ${JSON.stringify(XSS_PAYLOADS[0])}`,
      '  coordinates: [106.55, 29.56]',
      '',
    ].join('\n'),
  );
  return { dir, transcriptions };
}

/** Text in Windows-1252: Latin-1, with the dashes and curly quotes it puts in 0x80–0x9F. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '—': 0x97, '–': 0x96, '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92 };
  return Buffer.from([...text].map((character) => extra[character] ?? character.charCodeAt(0)));
}
