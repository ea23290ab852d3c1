/** One page of each template in each language: what browser checks too slow for every page look at. */
import { pagePath } from '../../src/i18n/routes';
import { isNotFoundPage } from './head-html';
import { templateOf, templates, type Template } from './weight-templates';

/** Every template of weight-templates.ts, with the about page apart from other pages, and the not-found page. */
export type Sampled = Exclude<Template, 'page'> | 'about' | 'notFound';
export const sampledTemplates: readonly Sampled[] = [
  ...templates.filter((template): template is Exclude<Template, 'page'> => template !== 'page'),
  'about',
  'notFound',
];

const kindOf = (path: string): Sampled | undefined => {
  if (isNotFoundPage(path)) return 'notFound';
  if (path === pagePath('lv', 'about') || path === pagePath('en', 'about')) return 'about';
  const template = templateOf(path);
  return template === 'page' ? undefined : template;
};

/** The first page (in path order) of every template in Latvian and in English (the not-found page once); missing ones named. */
export function sampleTemplates(paths: string[]): { sample: { kind: Sampled; path: string }[]; missing: string[] } {
  const sample: { kind: Sampled; path: string }[] = [];
  const missing: string[] = [];
  for (const kind of sampledTemplates) {
    // The not-found page is one page in both languages (GitHub Pages serves only the root 404.html).
    for (const english of kind === 'notFound' ? [false] : [false, true]) {
      const path = [...paths].sort().find((p) => kindOf(p) === kind && p.startsWith('/en/') === english);
      if (path) sample.push({ kind, path });
      else missing.push(`no ${english ? 'English' : 'Latvian'} ${kind} page in the build`);
    }
  }
  return { sample, missing };
}
