/** Topics as ways in: every topic an entry carries has its page in both languages, linked from the entry. */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/site';
import { topicSlugs, topics } from '../../src/lib/topics';

const pages = builtPages();
const linkedTopics = (html: string) =>
  [...html.matchAll(/href="[^"]*\/(?:temas|topics)\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);

describe('topic pages', () => {
  const entryPages = pages.filter(
    (p) =>
      /^\/(en\/)?(stasti|stories|vadlinijas|guidelines|centri|centres|video|videos)\/[^/]+\/$/.test(p) &&
      !/\/(drukai|print)\/$/.test(p),
  );

  it('exist in both languages for every topic an entry links to', () => {
    const used = new Set(entryPages.flatMap((p) => linkedTopics(readPage(p))));
    expect(used.size).toBeGreaterThan(5);
    for (const slug of used) {
      expect(topicSlugs).toContain(slug);
      expect(pages).toContain(`/temas/${slug}/`);
      expect(pages).toContain(`/en/topics/${slug}/`);
    }
  });

  it('link every entry to its topics, and list that entry on each topic page', () => {
    for (const path of entryPages.filter((p) => !/\/(lapa|page)\//.test(p))) {
      const slugs = linkedTopics(readPage(path).split('<main')[1]!);
      expect(slugs.length, path).toBeGreaterThan(0);
      const topicPage = readPage(`${path.startsWith('/en/') ? '/en/topics/' : '/temas/'}${slugs[0]}/`);
      expect(topicPage, `${path} on /${slugs[0]}/`).toContain(`href="${path}"`);
    }
  });

  it('title each page with the topic in the page language', () => {
    expect(readPage('/temas/paaudzu-sadarbiba/')).toContain(`<h1>${topics['paaudzu-sadarbiba'].lv}</h1>`);
    expect(readPage('/en/topics/paaudzu-sadarbiba/')).toContain(`<h1>${topics['paaudzu-sadarbiba'].en}</h1>`);
  });
});

describe('the stories index', () => {
  it('lists topics and centres with their counts as links, without a script', () => {
    const html = readPage('/stasti/');
    const counts = [
      ...html.matchAll(/<li[^>]*><a href="([^"]+)"[^>]*>[^<]+<\/a> <span class="meta"[^>]*>\((\d+)\)<\/span><\/li>/g),
    ];
    const topicLinks = counts.filter(([, href]) => href!.includes('/temas/'));
    const centreLinks = counts.filter(([, href]) => href!.includes('/centri/'));
    expect(topicLinks.length).toBeGreaterThan(0);
    expect(centreLinks.length).toBeGreaterThan(0);
    const stories = pages.filter((p) => /^\/stasti\/[^/]+\/$/.test(p) && !p.includes('/lapa/'));
    for (const [, href, count] of centreLinks) {
      const centresOf = (story: string) =>
        /<dt[^>]*>Centri<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(readPage(story))?.[1] ?? '';
      const about = stories.filter((s) => centresOf(s).includes(`href="${href}"`));
      expect(Number(count), href).toBe(about.length);
    }
    expect(html.split('<main')[1]).not.toMatch(/<script\b/);
  });
});
