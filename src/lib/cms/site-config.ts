/**
 * This site's CMS configuration: the collections' own schemas (src/lib/fields/) walked into forms,
 * with the repository and sign-in the build's environment names. Read by /admin/config.json at build
 * time and by the test that keeps the form in step with the schemas.
 */
import { z } from 'astro/zod';
import type { CmsConfig } from '@sveltia/cms';
import { collectionNames, collectionSchemas, slugPattern, type CollectionName } from '../fields/index.ts';
import { cmsConfig, type CmsSettings, type CollectionLabels } from './config.ts';
import { imageMarker } from './widgets.ts';

/** Astro's `image()` stands for an image file next to the entry; here it is marked for the image widget. */
const image = () => z.string().meta(imageMarker);

/** Every collection's schema, as the CMS sees it. */
export const cmsSchemas = Object.fromEntries(
  collectionNames.map((name) => [name, collectionSchemas[name]({ image })]),
) as unknown as Record<CollectionName, z.ZodObject>;

/** Collection names in the CMS's list, in Latvian. */
export const collectionLabels: Record<CollectionName, CollectionLabels> = {
  centres: { label: 'Centri', singular: 'centrs' },
  guidelines: { label: 'Vadlīnijas', singular: 'vadlīnija' },
  stories: { label: 'Labās prakses stāsti', singular: 'stāsts' },
  videos: { label: 'Video', singular: 'video' },
  pages: { label: 'Lapas', singular: 'lapa' },
};

/**
 * Settings from the build's environment: CMS_REPO (else GitHub Actions' GITHUB_REPOSITORY), CMS_BRANCH,
 * and CMS_AUTH_URL, the OAuth authenticator's address (without it, editors sign in with a token).
 */
export function settingsFromEnv(env: Record<string, string | undefined>, siteUrl: string): CmsSettings {
  return {
    repo: env['CMS_REPO'] || env['GITHUB_REPOSITORY'] || 'darbigas-kopienas/darbigas-kopienas.github.io',
    branch: env['CMS_BRANCH'] || 'main',
    siteUrl,
    authUrl: env['CMS_AUTH_URL'] || undefined,
    logoUrl: `${new URL(siteUrl).pathname}favicon.svg`,
  };
}

/** The configuration /admin/ starts the CMS with. */
export function siteCmsConfig(settings: CmsSettings): CmsConfig {
  return cmsConfig(cmsSchemas, collectionLabels, settings, slugPattern);
}
