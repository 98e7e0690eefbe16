/**
 * Reading the built site in tests: its HTML pages parsed with a real HTML
 * parser, its open data, and the content folder it was built from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';

/** Absolute path of the built site (tests/global-setup.ts builds it). */
export function siteDir(): string {
  return inject('siteDir');
}

/** The project's content folder, the one global-setup builds from. */
export const contentDir = resolve(import.meta.dirname, '../../content');

/** The site's base path as built (`/` unless EDITION_BASE was set). */
export const base = (process.env.EDITION_BASE ?? '/').replace(/\/?$/, '/');

/** Every file of the built site, as paths relative to its root with `/` separators. */
export function siteFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(siteDir(), path).split(sep).join('/'));
    }
  };
  walk(siteDir());
  return out;
}

/** HTML pages of the site, without Pagefind's own files. */
export function htmlPages(): string[] {
  return siteFiles().filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

const cache = new Map<string, HTMLElement>();

/** A built page parsed (`documents/<id>/index.html`). */
export function page(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(join(siteDir(), file), 'utf8'), { comment: false });
    cache.set(file, root);
  }
  return root;
}

/** The raw text of a built file. */
export function raw(file: string): string {
  return readFileSync(join(siteDir(), file), 'utf8');
}

/** A JSON file of the site, parsed. */
export function json<T = unknown>(file: string): T {
  return JSON.parse(raw(file)) as T;
}

/** The open data's document ids, in the edition's (chronological) order. */
export function documentIds(): string[] {
  return json<{ documents: { id: string }[] }>('data/edition.json').documents.map((document) => document.id);
}

/** The built page file for a site path (`/documents/x/#page-3` → `documents/x/index.html`), or null when there is none. */
export function fileForPath(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  if (!clean.startsWith(base)) return null;
  const inside = clean.slice(base.length);
  const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.find((candidate) => existsSync(join(siteDir(), candidate))) ?? null;
}

/** Ids of every element of a page. */
export function ids(root: HTMLElement): Set<string> {
  return new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id')!));
}

/** `dt` label → `dd` element of a definition list. */
export function fields(list: HTMLElement | null): Map<string, HTMLElement> {
  const map = new Map<string, HTMLElement>();
  if (!list) return map;
  for (const dt of list.querySelectorAll('dt')) {
    let next = dt.nextElementSibling;
    while (next && next.tagName !== 'DD') next = next.nextElementSibling;
    if (next) map.set(dt.text.trim(), next);
  }
  return map;
}

/** Text of an element with runs of white space collapsed. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}
