/**
 * The Sveltia CMS configuration, generated from the collections' schemas (src/lib/fields/) at build
 * time and served as /admin/config.json. Nothing here names a frontmatter field: widgets, required
 * flags, options and hints come from the schemas (./widgets.ts); this file adds only what the site
 * decides once for all collections (folders, languages, slugs, the editorial workflow, the body).
 */
import type { z } from 'astro/zod';
import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms';
import { fieldsOf } from './widgets.ts';
import { bodyComponentIds } from './body-components.ts';
import { defaultLocale, locales } from '../../i18n/index.ts';

/** Where the CMS saves and whom it signs in with; the build fills these from its environment. */
export interface CmsSettings {
  /** GitHub repository as owner/name, e.g. the GITHUB_REPOSITORY of the workflow that builds. */
  repo: string;
  branch: string;
  /** The published site's address, base path included, for the CMS's "view site" link. */
  siteUrl: string;
  /** The OAuth authenticator's origin (a Sveltia CMS Authenticator worker); token sign-in only without it. */
  authUrl?: string | undefined;
  /** The site's own icon for the sign-in page and the tab (the CMS's default is a data: URL it fetches). */
  logoUrl: string;
}

/** The collections' names in Latvian, as the site's navigation calls them. */
export interface CollectionLabels {
  label: string;
  singular: string;
}

/** Values that are the same in both languages are copied from Latvian; text is translated. */
const sameInBothLanguages = new Set(['relation', 'datetime', 'number', 'select', 'hidden']);

/** Sets each field's i18n: `duplicate` for values shared by both languages, `true` for text. */
export function withI18n(field: Field): Field {
  const nested = 'fields' in field && Array.isArray(field.fields) ? { fields: field.fields.map(withI18n) } : {};
  const types =
    'types' in field && Array.isArray(field.types)
      ? { types: field.types.map((type) => ({ ...type, fields: type.fields?.map(withI18n) })) }
      : {};
  // A list of one kind of value (topics: a list of choices) is shared when its item is.
  const item = 'field' in field && field.field ? [withI18n(field.field as Field)] : [];
  const children = [...(nested.fields ?? []), ...(types.types?.flatMap((type) => type.fields ?? []) ?? []), ...item];
  const shared = 'widget' in field && sameInBothLanguages.has(String(field.widget));
  const i18n =
    children.length > 0
      ? children.every((child) => child.i18n === 'duplicate')
        ? 'duplicate'
        : true
      : shared
        ? 'duplicate'
        : true;
  return { ...field, ...nested, ...types, i18n } as Field;
}

/** The MDX body: Markdown with the site's components, no level-1 heading (the title is the page's h1). */
export const bodyField = {
  name: 'body',
  label: 'Teksts',
  widget: 'markdown',
  required: false,
  i18n: true,
  hint: 'Virsraksti no 2. līmeņa (## Virsraksts), saraksti, saites un attēli ar aprakstu. Skripti, rāmji, stili un citu vietņu attēli netiek pieņemti.',
  modes: ['rich_text', 'raw'],
  buttons: [
    'bold',
    'italic',
    'strikethrough',
    'code',
    'link',
    'heading-two',
    'heading-three',
    'heading-four',
    'quote',
    'bulleted-list',
    'numbered-list',
  ],
  editor_components: [...bodyComponentIds],
  linked_images: false,
  use_emoji_autocomplete: false,
} satisfies Field;

/** A slug rule's message, in Latvian first as every editor message. */
const slugMessage =
  'Adresē (slug) drīkst būt tikai mazie burti bez garumzīmēm, cipari un defises / Only lower-case letters without diacritics, digits and hyphens';

/** One entry collection: content/<name>/<lv|en>/<slug>.mdx, images beside the entries. */
export function collectionOf(
  name: string,
  schema: z.ZodObject,
  labels: CollectionLabels,
  collections: readonly string[],
  slugPattern: RegExp,
): EntryCollection {
  const fields = fieldsOf(schema, { collections }).map(withI18n);
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: `content/${name}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    i18n: true,
    identifier_field: 'title',
    slug: { template: '{{title}}', editable: ['create'], pattern: [slugPattern.source, slugMessage] },
    media_folder: '../images',
    public_folder: '../images',
    fields: [...fields, bodyField],
  };
}

/** The whole configuration: every collection, Latvian by default with English beside it, pull requests. */
export function cmsConfig(
  schemas: Record<string, z.ZodObject>,
  labels: Record<string, CollectionLabels>,
  settings: CmsSettings,
  slugPattern: RegExp,
): CmsConfig {
  const names = Object.keys(schemas);
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authUrl
        ? { base_url: settings.authUrl, auth_methods: ['oauth', 'token'] }
        : { auth_methods: ['token'] }),
      commit_messages: {
        create: 'Jauns ieraksts / New entry: {{collection}} “{{slug}}”',
        update: 'Labots / Changed: {{collection}} “{{slug}}”',
        delete: 'Dzēsts / Deleted: {{collection}} “{{slug}}”',
        uploadMedia: 'Attēls / Image: “{{path}}”',
        deleteMedia: 'Dzēsts attēls / Deleted image: “{{path}}”',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: 'Darbīgās kopienas: satura labošana',
    site_url: settings.siteUrl,
    show_preview_links: false,
    logo: { src: settings.logoUrl },
    media_folder: 'content/images',
    i18n: {
      structure: 'multiple_folders',
      locales: [...locales],
      default_locale: defaultLocale,
      initial_locales: 'all',
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: names.map((name) =>
      collectionOf(name, schemas[name]!, labels[name] ?? { label: name, singular: name }, names, slugPattern),
    ),
  };
}
