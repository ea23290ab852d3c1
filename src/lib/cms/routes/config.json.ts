/** /admin/config.json: the CMS configuration, generated from the schemas when the site is built. */
import type { APIRoute } from 'astro';
import { settingsFromEnv, siteCmsConfig } from '../site-config.ts';

export const GET: APIRoute = ({ site }) => {
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const config = siteCmsConfig(settingsFromEnv(process.env, siteUrl));
  return new Response(JSON.stringify(config, null, 2), { headers: { 'content-type': 'application/json' } });
};
