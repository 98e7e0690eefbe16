import type { AstroIntegration } from 'astro';

/**
 * The editor's review page at `/review/`, in `npm run dev` only: it lists
 * what the parser warned about and where, which a published edition does
 * not show its readers, so `astro build` never makes it (the same page, as a
 * file, is `npm run ingest -- --report <file.html>`).
 */
export function reviewPage(): AstroIntegration {
  return {
    name: 'edition-review-page',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/review', entrypoint: new URL('./review-route.ts', import.meta.url), prerender: false });
      },
    },
  };
}
