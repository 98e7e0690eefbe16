import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks, reachablePages } from '../support/site-links.ts';

function siteOf(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the site link checker (tests/support/site-links.ts)', () => {
  const site = siteOf({
    'index.html': '<a href="/a/">a</a> <a href="/a/#here">here</a> <a href="/a/#nowhere">x</a> <a href="/missing/">m</a> <a href="https://example.org/">e</a> <a href="#top">t</a><h1 id="top">T</h1>',
    'a/index.html': '<p id="here">A</p><a href="../b/">b</a><img src="/img.svg">',
    'b/index.html': '<p>B</p>',
    'lost/index.html': '<p>no link leads here</p>',
  });

  test('finds links to no file and anchors to no element, and only those', () => {
    expect(brokenLinks(site, '/')).toEqual(['a/index.html: /img.svg', 'index.html: /a/#nowhere (no such anchor)', 'index.html: /missing/']);
  });

  test('finds the pages reached from the home page, and not the others', () => {
    expect([...reachablePages(site, '/')].sort()).toEqual(['a/index.html', 'b/index.html', 'index.html']);
  });
});
