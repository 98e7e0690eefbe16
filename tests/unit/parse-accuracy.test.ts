/**
 * The parser's accuracy on the dev corpora, as the edition is measured:
 * the open data `npm run ingest` writes, scored field by field against the
 * ground truth by the workplace's own scorer (`../shared/tools/score.py`).
 * The floors sit just under the figures measured (README, "Accuracy"), so
 * that a change which costs a field on these real documents fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { toOpenData } from '../../src/site/open-data.ts';

const shared = new URL('../../../shared/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'edition-accuracy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Overall and per-style percentages, and the verified precision of references, as score.py prints them. */
interface Score {
  overall: number;
  verifiedPrecision: number;
  styles: Record<string, number>;
}

function score(corpus: string): Score {
  const out = join(work, `${corpus}.json`);
  writeFileSync(out, JSON.stringify(toOpenData(buildEdition(readContent(join(shared, 'corpus', corpus))))));
  const printed = execFileSync('python3', [join(shared, 'tools/score.py'), join(shared, 'corpus', corpus, 'truth'), out, '--by-style'], { encoding: 'utf8' });
  const [whole, ...styles] = printed.split(/^== style /m);
  const percent = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN);
  return {
    overall: percent(whole, /^overall: ([\d.]+)%/m),
    verifiedPrecision: percent(whole, /^refs precision \(verified\)\s+([\d.]+)%/m),
    styles: Object.fromEntries(styles.map((section) => [section.split(' ')[0], percent(section, /^overall: ([\d.]+)%/m)])),
  };
}

describe('parser accuracy, scored by score.py', () => {
  test('frus-dev (web and clip): 99.8% overall, every reference checked right', () => {
    const { overall, verifiedPrecision } = score('frus-dev');
    expect(overall).toBeGreaterThanOrEqual(99.6);
    expect(verifiedPrecision).toBeGreaterThanOrEqual(99.8);
  }, 60_000);

  test('frus-dev-styles: each of the four styles, the OCR memorandum included', () => {
    const { overall, verifiedPrecision, styles } = score('frus-dev-styles');
    expect(overall).toBeGreaterThanOrEqual(98.7);
    expect(verifiedPrecision).toBeGreaterThanOrEqual(99.4);
    expect(styles).toEqual({ web: expect.any(Number), clip: expect.any(Number), memo: expect.any(Number), wp: expect.any(Number) });
    expect(styles.web).toBeGreaterThanOrEqual(98.2);
    expect(styles.clip).toBeGreaterThanOrEqual(98.6);
    expect(styles.memo).toBeGreaterThanOrEqual(99.6);
    expect(styles.wp).toBeGreaterThanOrEqual(98.3);
  }, 60_000);
});
