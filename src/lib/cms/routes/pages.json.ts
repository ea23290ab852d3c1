/**
 * /admin/pages.json: every content file and the page it became ({ "content/stories/lv/x.mdx": { path, title } }),
 * so that a pull request's preview comment links each changed file to its page (scripts/preview-comment.ts).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../content';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const pages = Object.fromEntries(
    site.entries.map(({ entry, path }) => [entry.id, { path, title: entry.data.title }]),
  );
  return new Response(JSON.stringify(pages, null, 2), { headers: { 'content-type': 'application/json' } });
};
