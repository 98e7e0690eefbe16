/**
 * A small real edition whose documents cite one another
 * (`tests/fixtures/site-geneva-1934/`: twenty-six telegrams of FRUS 1934 vol. IV
 * between Geneva and Washington, with people and places indexed, one of them
 * kept in Markdown), built as a site: every cross-reference the resolver links leads to its target's page,
 * and every link and anchor of every page — documents, people, places,
 * chronology, search — leads somewhere. The seeds' edition cites no document
 * of its own, so only this one exercises those links.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EditionDocument } from '../../src/core/schemas/document.ts';
import { buildSite, removeBuildLeftovers } from '../support/build-site.ts';
import { brokenLinks, reachablePages, sitePages } from '../support/site-links.ts';

const root = resolve(import.meta.dirname, '../..');
const content = join(root, 'tests/fixtures/site-geneva-1934');
const work = mkdtempSync(join(tmpdir(), 'edition-cross-linked-'));
const site = join(work, 'site');
const base = '/';
let build: { status: number | null; log: string };

const edition = () => JSON.parse(readFileSync(join(site, 'data/edition.json'), 'utf8')) as { documents: EditionDocument[]; people: { id: string }[]; places: { id: string }[] };
const page = (path: string) => parse(readFileSync(join(site, path, 'index.html'), 'utf8'));

beforeAll(() => {
  build = buildSite(content, site);
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeBuildLeftovers(content, site);
});

describe('an edition whose documents cite one another', () => {
  test('builds', () => {
    expect(build.status, build.log.slice(-3000)).toBe(0);
  });

  test('a document kept in Markdown is a document like the others, citing and cited', () => {
    const documents = edition().documents;
    const kept = documents.find((document) => document.sourceFile.endsWith('.md'))!;
    expect(kept).toMatchObject({ id: 'frus1934v04-d0306', place: 'Geneva', date: '1934-05-29T11:00', warnings: [] });
    expect(kept.references.some((reference) => reference.target)).toBe(true);
    expect(documents.some((document) => document.references.some((reference) => reference.target === kept.id))).toBe(true);
    expect(page(`documents/${kept.id}`).querySelector('.note-ref a')?.text).toBe('73a');
  });

  test('links most of its references to documents it holds', () => {
    const references = edition().documents.flatMap((document) => document.references);
    const resolved = references.filter((reference) => reference.target);
    // Measured: 43 of 66 (the others cite documents outside these twenty-six, or pages the volume prints elsewhere).
    expect(resolved.length).toBeGreaterThanOrEqual(40);
    expect(references.length).toBeGreaterThanOrEqual(60);
  });

  test('each resolved reference is a link in the text to its target’s page, and the target lists it under “Cited by”', () => {
    const documents = edition().documents;
    let checked = 0;
    for (const document of documents) {
      const links = page(`documents/${document.id}`).querySelectorAll('#document-text a.xref');
      const resolved = document.references.filter((reference) => reference.target);
      const inText = links.filter((link) => !link.classList.contains('unresolved'));
      expect(inText.length, document.id).toBeGreaterThanOrEqual(resolved.filter((reference) => reference.in === 'body').length);
      for (const link of inText) {
        const target = /^\/documents\/([^/]+)\//.exec(link.getAttribute('href')!)![1];
        expect(resolved.map((reference) => reference.target)).toContain(target);
        if (target === document.id) continue;
        const citedBy = page(`documents/${target}`)
          .querySelectorAll('[aria-labelledby="cited-by-heading"] a')
          .map((a) => a.getAttribute('href'));
        expect(citedBy, `${document.id} → ${target}`).toContain(`${base}documents/${document.id}/`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  test('each person and place page lists where they are named, each linked to the spot', () => {
    const { documents, people, places } = edition();
    for (const [kind, entries] of [
      ['people', people],
      ['places', places],
    ] as const) {
      for (const { id } of entries) {
        const named = documents.filter((document) => (kind === 'people' ? document.people : document.places).includes(id));
        const spots = page(`${kind}/${id}`)
          .querySelectorAll('main a[href^="/documents/"][href*="#"]')
          .map((a) => a.getAttribute('href')!.split('#')[0]);
        expect(new Set(spots), `${kind}/${id}`).toEqual(new Set(named.map((document) => `${base}documents/${document.id}/`)));
      }
    }
  });

  test('every page is reached from the home page, and no link or anchor of any page is broken', () => {
    const reached = reachablePages(site, base);
    const unreached = sitePages(site).filter((file) => !reached.has(file) && file !== '404.html');
    expect(unreached).toEqual([]);
    expect(sitePages(site).some((file) => file.startsWith('people/'))).toBe(true);
    expect(sitePages(site).some((file) => file.startsWith('places/'))).toBe(true);
    expect(brokenLinks(site, base)).toEqual([]);
  });
});
