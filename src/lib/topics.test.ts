import { describe, expect, it } from 'vitest';
import { help, withDefault } from './fields/rules.ts';
import { topicList, unknownTopicMessage } from './fields/topics.ts';
import { topicPath, printPath, topicAndPrintRoutes, usedTopics } from './topic-routes';
import { canonicalPath } from './routes';
import { topicLabel, topicSlugs } from './topics';

const topicsHelp = help('topics', 'tēmas', 'topics', 'topics: [jauniesi]');

describe('the controlled topic list', () => {
  it('gives every slug a Latvian and an English label and a URL-safe slug', () => {
    for (const slug of topicSlugs) {
      expect(slug).toMatch(/^[a-z0-9-]+$/);
      expect(topicLabel(slug, 'lv')).not.toBe('');
      expect(topicLabel(slug, 'en')).not.toBe('');
    }
    expect(topicLabel('paaudzu-sadarbiba', 'lv')).toBe('paaudžu sadarbība');
  });

  it('accepts known slugs and stops an unknown topic with both languages and every known slug', () => {
    expect(topicList(topicsHelp).parse(['jauniesi', 'vecaki'])).toEqual(['jauniesi', 'vecaki']);
    const result = topicList(topicsHelp).safeParse(['paaudžu sadarbība']);
    expect(result.success).toBe(false);
    const message = result.error!.issues[0]!.message;
    expect(message).toBe(unknownTopicMessage('paaudžu sadarbība'));
    expect(message).toContain('Tēma "paaudžu sadarbība" nav tēmu sarakstā');
    expect(message).toContain('The topic "paaudžu sadarbība" is not in the topic list');
    for (const slug of topicSlugs) expect(message).toContain(slug);
  });

  it('asks a centre for at least one topic', () => {
    expect(topicList(topicsHelp, 1).safeParse([]).error?.issues[0]?.message).toContain('Give at least one topic');
    expect(withDefault(topicList(topicsHelp), []).parse(undefined)).toEqual([]);
  });
});

describe('topic and print routes', () => {
  const entries = [
    { locale: 'lv' as const, entry: { data: { topics: ['jauniesi', 'vecaki'] } } },
    { locale: 'en' as const, entry: { data: { topics: ['jauniesi'] } } },
  ];
  const routes = topicAndPrintRoutes(entries, true);

  it('makes a page per topic in use, in both languages, each naming the other', () => {
    expect(usedTopics(entries)).toEqual(['vecaki', 'jauniesi']);
    const lv = routes.find((r) => r.path === '/temas/jauniesi/')!;
    expect(lv.alternates).toEqual({ lv: '/temas/jauniesi/', en: '/en/topics/jauniesi/' });
    expect(routes.some((r) => r.path === topicPath('en', 'vecaki'))).toBe(true);
    expect(routes.some((r) => r.path === topicPath('lv', 'ilgtspeja'))).toBe(false);
    expect(routes.filter((r) => r.path === '/temas/' || r.path === '/en/topics/')).toHaveLength(2);
  });

  it('points the print handbook at the guidelines index and names no translations', () => {
    const print = routes.find((r) => r.path === printPath('en'))!;
    expect(print.path).toBe('/en/guidelines/print/');
    expect(canonicalPath(print)).toBe('/en/guidelines/');
    expect(print.alternates).toEqual({});
    expect(topicAndPrintRoutes(entries, false).some((r) => r.kind === 'print')).toBe(false);
  });
});
