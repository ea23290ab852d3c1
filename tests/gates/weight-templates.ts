/** Which template drew a page, told from its path as a reader sees it (e.g. /en/stories/x/ is a story). */
import { pageSegments, sectionSegments } from '../../src/i18n/routes.ts';
import { isNotFoundPage } from './head-html.ts';

export const templates = ['home', 'index', 'guideline', 'story', 'centre', 'video', 'page', 'search'] as const;
export type Template = (typeof templates)[number];

const entryTemplates: Record<string, Template> = { guidelines: 'guideline', stories: 'story', centres: 'centre', videos: 'video' };

/** Content pages carry text, not behaviour: they ship no JavaScript of their own. */
export const contentTemplates: ReadonlySet<Template> = new Set(['guideline', 'story', 'centre', 'video', 'page']);

export function templateOf(path: string): Template | undefined {
  if (isNotFoundPage(path)) return 'page';
  const parts = path.split('/').filter(Boolean);
  const locale = parts[0] === 'en' ? 'en' : 'lv';
  const [first, ...rest] = locale === 'en' ? parts.slice(1) : parts;
  if (first === undefined) return 'home';
  const section = Object.entries(sectionSegments).find(([, segs]) => segs[locale] === first)?.[0];
  if (section === 'search') return rest.length === 0 ? 'search' : undefined;
  if (section) {
    if (rest.length === 1) return entryTemplates[section];
    return 'index'; // the section's list, and its further pages
  }
  const isPage = Object.values(pageSegments).some((segs) => segs[locale] === first);
  return isPage && rest.length === 0 ? 'page' : undefined;
}
