/**
 * Adds the editors' pages to the build: /admin/ (Sveltia CMS), /admin/config.json (its configuration,
 * generated from the schemas), /admin/pages.json (which page each content file became, for the preview
 * comment) and /admin/tulkojumi/ (translation status). Bundling the CMS costs every build seconds and
 * hundreds of megabytes, so a build that needs no editing interface (a test's fixture build) sets CMS=off.
 */
import type { AstroIntegration } from 'astro';

const routes: Record<string, string> = {
  '/admin': './routes/admin.astro',
  '/admin/config.json': './routes/config.json.ts',
  '/admin/pages.json': './routes/pages.json.ts',
  '/admin/tulkojumi': './routes/translation-status.astro',
};

export function cmsPages(): AstroIntegration {
  return {
    name: 'darbigas-kopienas:cms',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (process.env['CMS'] === 'off') return;
        for (const [pattern, file] of Object.entries(routes))
          injectRoute({ pattern, entrypoint: new URL(file, import.meta.url), prerender: true });
      },
    },
  };
}
