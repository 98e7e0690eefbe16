/**
 * The links of a built site, checked the way a link checker would: every
 * internal `href` and `src` of every page must name a file of the site, and
 * its `#fragment` an element of that page; and which pages a reader can reach
 * from the home page by following links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML page of a site but Pagefind's, as paths relative to it. */
export function sitePages(site: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) pages.push(relative(site, path).split(sep).join('/'));
    }
  };
  walk(site);
  return pages.sort();
}

/** The site file a URL path names (`/documents/x/#n1` → `documents/x/index.html`), or null. */
export function fileFor(site: string, base: string, path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  if (!clean.startsWith(base)) return null;
  const inside = clean.slice(base.length);
  const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.find((candidate) => existsSync(join(site, candidate)) && statSync(join(site, candidate)).isFile()) ?? null;
}

/** Internal link targets of a page, as absolute paths (`#x` resolved against the page's own path). */
function internalLinks(root: HTMLElement, pagePath: string): string[] {
  const links: string[] = [];
  for (const element of root.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src']) {
      const value = element.getAttribute(attribute);
      if (value === undefined || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
      links.push(value.startsWith('#') ? `${pagePath}${value}` : new URL(value, `http://site${pagePath}`).pathname + (value.includes('#') ? `#${value.split('#')[1]}` : ''));
    }
  }
  return links;
}

/** `page: link` for each internal link or anchor of the site that leads nowhere. */
export function brokenLinks(site: string, base: string): string[] {
  const cache = new Map<string, HTMLElement>();
  const load = (file: string) => {
    if (!cache.has(file)) cache.set(file, parse(readFileSync(join(site, file), 'utf8')));
    return cache.get(file)!;
  };
  const broken: string[] = [];
  for (const page of sitePages(site)) {
    const pagePath = `${base}${page.replace(/index\.html$/, '')}`;
    for (const link of internalLinks(load(page), pagePath)) {
      const file = fileFor(site, base, link);
      const fragment = link.includes('#') ? decodeURIComponent(link.split('#')[1]) : '';
      if (!file) broken.push(`${page}: ${link}`);
      else if (fragment && file.endsWith('.html') && !load(file).getElementById(fragment)) broken.push(`${page}: ${link} (no such anchor)`);
    }
  }
  return broken;
}

/** The pages a reader reaches from the home page by following links. */
export function reachablePages(site: string, base: string): Set<string> {
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const page = queue.shift()!;
    const root = parse(readFileSync(join(site, page), 'utf8'));
    for (const link of internalLinks(root, `${base}${page.replace(/index\.html$/, '')}`)) {
      const file = fileFor(site, base, link);
      if (file?.endsWith('.html') && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return seen;
}
