/** Every field an editor can write carries help in both languages, and the schemas are strict. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionNames, collectionSchemas, helpOf, metaOf, nearestKey } from './index.ts';

const image = () => z.string();

/** Every field of an object, nested objects (and a union's objects) included, with its dotted name. */
function fieldsOf(object: z.ZodObject, prefix = ''): [string, z.ZodType][] {
  return Object.entries(object.shape).flatMap(([key, field]) => {
    const inner = unwrap(field as z.ZodType);
    const nested =
      inner instanceof z.ZodObject
        ? fieldsOf(inner, `${prefix}${key}.`)
        : inner instanceof z.ZodDiscriminatedUnion
          ? (inner.options as z.ZodObject[]).flatMap((o) => fieldsOf(o, `${prefix}${key}.`))
          : [];
    return [[`${prefix}${key}`, field as z.ZodType] as [string, z.ZodType], ...nested];
  });
}
const unwrap = (s: z.ZodType): z.ZodType =>
  s instanceof z.ZodOptional || s instanceof z.ZodDefault ? unwrap(s.unwrap() as z.ZodType) : s;

describe('field rules', () => {
  for (const name of collectionNames) {
    it(`gives every field of ${name} its help in Latvian and English`, () => {
      const fields = fieldsOf(collectionSchemas[name]({ image }));
      expect(fields.length).toBeGreaterThan(3);
      for (const [path, field] of fields) {
        const help = helpOf(field);
        expect(help, path).toBeDefined();
        expect(help!.field, path).toBe(path);
        expect(help!.lv.length, path).toBeGreaterThan(3);
        expect(help!.en.length, path).toBeGreaterThan(3);
        expect(help!.example, path).toContain(path.split('.').at(-1));
      }
    });
  }

  it('says which collection a list of slugs names, for a picker', () => {
    expect(metaOf(collectionSchemas.stories().shape.centres)?.references).toBe('centres');
    expect(metaOf(collectionSchemas.videos({ image }).shape.guidelines)?.references).toBe('guidelines');
  });

  it('refuses an unknown key and names the nearest known one', () => {
    const result = collectionSchemas.pages().safeParse({ title: 'Par', description: 'Lapa.', drafts: true });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Nezināms lauks "drafts": vai domājāt "draft"? / Unknown field "drafts": did you mean "draft"?',
    ]);
  });

  it('suggests only keys that are close', () => {
    expect(nearestKey('titel', ['title', 'date'])).toBe('title');
    expect(nearestKey('colour', ['title', 'date'])).toBeUndefined();
  });

  it('refuses an impossible date written as text', () => {
    const result = collectionSchemas
      .stories()
      .safeParse({ title: 'S', description: 'D', centres: ['zilupe'], date: '2021-02-30' });
    expect(result.error?.issues[0]?.message).toContain('The field "date" is wrong ("2021-02-30")');
  });
});
