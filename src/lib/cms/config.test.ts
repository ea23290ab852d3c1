/** The CMS form stays in step with the schemas: every collection and field, its widget, i18n and required flag. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { EntryCollection, Field } from '@sveltia/cms';
import { collectionNames, described, help, helpOf, slugPattern } from '../fields/index.ts';
import { collectionOf } from './config.ts';
import { cmsSchemas, settingsFromEnv, siteCmsConfig } from './site-config.ts';
import { bodyComponentIds, bodyComponents } from './body-components.ts';
import { siteComponents } from '../lint/allow-list.ts';
import { latgaleBounds } from '../fields/rules.ts';
import { fieldOf, hintOf } from './widgets.ts';

const config = siteCmsConfig(settingsFromEnv({ GITHUB_REPOSITORY: 'owner/site' }, 'https://owner.github.io/site/'));
const collections = config.collections as EntryCollection[];
const byName = (name: string) => collections.find((c) => c.name === name)!;
const field = (collection: string, path: string): Field & Record<string, any> => {
  let fields = byName(collection).fields as (Field & Record<string, any>)[];
  let found: Field & Record<string, any> = undefined!;
  for (const part of path.split('.')) {
    found =
      fields.find((f) => f.name === part) ??
      fields
        .flatMap((f) => f['types'] ?? [])
        .flatMap((t: { fields: Field[] }) => t.fields)
        .find((f: Field) => f.name === part)!;
    fields = found?.['fields'] ?? found?.['types']?.flatMap((t: { fields: Field[] }) => t.fields) ?? [];
  }
  return found;
};

describe('the generated CMS configuration', () => {
  it('has every collection, each in content/<name>/<lv|en>/<slug>.mdx, Latvian first, through pull requests', () => {
    expect(collections.map((c) => c.name)).toEqual([...collectionNames]);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['lv', 'en'], default_locale: 'lv' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'owner/site',
      branch: 'main',
      auth_methods: ['token'],
    });
    for (const c of collections) {
      expect(c).toMatchObject({
        folder: `content/${c.name}`,
        extension: 'mdx',
        i18n: true,
        format: 'yaml-frontmatter',
      });
      expect(c.slug).toMatchObject({ pattern: [slugPattern.source, expect.stringContaining('mazie burti')] });
    }
  });

  it('has every schema field, required as the schema says, with the Latvian hint the build errors use', () => {
    for (const name of collectionNames) {
      const shape = cmsSchemas[name].shape as Record<string, z.ZodType>;
      const fields = byName(name).fields as (Field & Record<string, any>)[];
      expect(
        fields.map((f) => f.name),
        name,
      ).toEqual([...Object.keys(shape), 'body']);
      for (const [key, schema] of Object.entries(shape)) {
        const generated = fields.find((f) => f.name === key)!;
        expect(generated.required, `${name}.${key}`).toBe(!schema.safeParse(undefined).success);
        expect(generated.hint, `${name}.${key}`).toBe(hintOf(helpOf(schema)));
        expect(generated.hint, `${name}.${key}`).toMatch(/^Vajag .+, piemēram `.+`\.$/);
      }
    }
  });

  it('draws each kind of value with its widget', () => {
    expect(field('stories', 'title')).toMatchObject({ widget: 'string', required: true, i18n: true });
    expect(field('stories', 'description')).toMatchObject({ widget: 'text', maxlength: 200 });
    expect(field('stories', 'date')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      i18n: 'duplicate',
    });
    expect(field('stories', 'centres')).toMatchObject({
      widget: 'relation',
      collection: 'centres',
      value_field: '{{slug}}',
      display_fields: ['title'],
      multiple: true,
      min: 1,
      i18n: 'duplicate',
    });
    expect(field('videos', 'guidelines')).toMatchObject({
      widget: 'relation',
      collection: 'guidelines',
      required: false,
      default: [],
    });
    expect(field('stories', 'topics')).toMatchObject({
      widget: 'select',
      multiple: true,
      required: false,
      default: [],
      i18n: 'duplicate',
    });
    expect((field('stories', 'topics') as { options: unknown[] }).options).toContainEqual({
      label: 'paaudžu sadarbība',
      value: 'paaudzu-sadarbiba',
    });
    expect(field('centres', 'topics')).toMatchObject({ widget: 'select', multiple: true, required: true, min: 1 });
    expect(field('stories', 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(field('centres', 'status')).toMatchObject({
      widget: 'select',
      options: ['working', 'setting-up', 'starting'],
      i18n: 'duplicate',
    });
    expect(field('guidelines', 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field('centres', 'position')).toMatchObject({ widget: 'object', i18n: 'duplicate' });
    expect(field('centres', 'position.lat')).toMatchObject({
      widget: 'number',
      value_type: 'float',
      min: latgaleBounds.south,
      max: latgaleBounds.north,
    });
    expect(field('videos', 'poster.src')).toMatchObject({ widget: 'image', required: true });
    expect(field('videos', 'poster.alt')).toMatchObject({ widget: 'string', required: true });
    expect(field('videos', 'duration').pattern?.[0]).toBe('^\\d{1,3}:[0-5]\\d$');
  });

  it('refuses what the build refuses, with the build’s bilingual words, and lets an optional field stay empty', () => {
    const [duration, wrongDuration] = field('videos', 'duration').pattern!;
    expect(['1:45', '1.45'].map((v) => new RegExp(duration).test(v))).toEqual([true, false]);
    expect(wrongDuration).toBe(
      'Lauks "duration" ir nepareizs: vajag ilgumu formā M:SS pēdiņās, piemēram duration: "1:45" / The field "duration" is wrong: it must be the length as M:SS in quotes, for example duration: "1:45"',
    );
    const [slug, wrong] = field('stories', 'slug').pattern!;
    expect(['', 'gimenu-diena'].map((v) => new RegExp(slug).test(v))).toEqual([true, true]);
    expect(['Ģimeņu diena', 'a--b'].map((v) => new RegExp(slug).test(v))).toEqual([false, false]);
    expect(wrong).toMatch(/^Lauks "slug" ir nepareizs: vajag adresi .* \/ The field "slug" is wrong: it must be /);
  });

  it('offers exactly the video source kinds the schema accepts, each with its own field', () => {
    const source = field('videos', 'source');
    expect(source).toMatchObject({ widget: 'object', typeKey: 'kind' });
    const types = source['types'] as { name: string; fields: Field[] }[];
    expect(types.map((t) => t.name)).toEqual(['file', 'youtube', 'vimeo']);
    expect(types.map((t) => t.fields.map((f) => f.name))).toEqual([['file'], ['id'], ['id']]);
  });

  it('edits the body as Markdown with the site’s components, headings from level 2', () => {
    const body = field('stories', 'body');
    expect(body).toMatchObject({ widget: 'markdown', i18n: true, editor_components: [...bodyComponentIds] });
    expect(body['buttons']).not.toContain('heading-one');
    expect(bodyComponentIds).toEqual(['described-image', ...Object.keys(siteComponents)]);
  });

  it('writes exactly the syntax the safe MDX subset accepts, and reads it back', () => {
    const [image, contact] = bodyComponents;
    expect(image!.toBlock({ src: '../images/a.png', alt: 'Bērni [stāda] kokus' })).toBe(
      '![Bērni \\[stāda\\] kokus](../images/a.png)',
    );
    expect(image!.fromBlock!('![Bērni \\[stāda\\] kokus](../images/a.png)'.match(image!.pattern)!)).toEqual({
      alt: 'Bērni [stāda] kokus',
      src: '../images/a.png',
    });
    expect(image!.fields.find((f) => f.name === 'alt')).toMatchObject({ required: true });
    expect(contact!.toBlock({})).toBe('<ContactDetails />');
    expect('<ContactDetails />').toMatch(contact!.pattern);
  });

  it('names a field it cannot draw instead of leaving it out of the form', () => {
    expect(() => fieldOf('when', z.bigint(), { collections: [] })).toThrow(/no CMS widget for the field "when"/);
  });

  it('signs in through an OAuth authenticator when the build names one', () => {
    const oauth = siteCmsConfig(
      settingsFromEnv({ CMS_REPO: 'a/b', CMS_AUTH_URL: 'https://auth.example.workers.dev' }, 'https://a.github.io/b/'),
    );
    expect(oauth.backend).toMatchObject({
      repo: 'a/b',
      base_url: 'https://auth.example.workers.dev',
      auth_methods: ['oauth', 'token'],
    });
  });

  it('shows a field added to a schema with no second edit', () => {
    const extended = cmsSchemas.stories.extend({
      venue: described(z.string(), help('venue', 'norises vietu', 'the venue', 'venue: "Zilupe"')),
    });
    const venue = collectionOf(
      'stories',
      extended,
      { label: 'S', singular: 's' },
      collectionNames,
      slugPattern,
    ).fields.find((f) => f.name === 'venue');
    expect(venue).toMatchObject({
      widget: 'string',
      required: true,
      i18n: true,
      hint: 'Vajag norises vietu, piemēram `venue: "Zilupe"`.',
    });
  });
});
