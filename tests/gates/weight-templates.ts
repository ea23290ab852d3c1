/** Which template drew a page, told from its path as a reader sees it (e.g. /en/stories/x/ is a story). */
import { defaultLocale } from '../../src/i18n/index.ts';
import { localeOfPath, pageSegments, printSegment, sectionSegments, type Section } from '../../src/i18n/routes.ts';
import { collections } from '../../src/lib/collections.ts';
import { isNotFoundPage } from './head-html.ts';

export const templates = [
  'home',
  'index',
  'guideline',
  'story',
  'centre',
  'video',
  'page',
  'search',
  'topic',
  'print',
] as const;
export type Template = (typeof templates)[number];

/** Content pages carry text, not behaviour: they ship no JavaScript of their own. */
export const contentTemplates: ReadonlySet<Template> = new Set([
  'guideline',
  'story',
  'centre',
  'video',
  'page',
  'topic',
  'print',
]);

export function templateOf(path: string): Template | undefined {
  if (isNotFoundPage(path)) return 'page';
  const parts = path.split('/').filter(Boolean);
  const locale = localeOfPath(path);
  const [first, ...rest] = locale === defaultLocale ? parts : parts.slice(1);
  if (first === undefined) return 'home';
  const section = (Object.keys(sectionSegments) as Section[]).find((name) => sectionSegments[name][locale] === first);
  if (section === 'search') return rest.length === 0 ? 'search' : undefined;
  if (section === 'topics') return rest.length <= 1 ? 'topic' : undefined;
  if (section === 'guidelines' && rest.length === 1 && rest[0] === printSegment[locale]) return 'print';
  if (section) {
    if (rest.length === 1) return collections[section].type;
    return 'index'; // the section's list, and its further pages
  }
  const isPage = Object.values(pageSegments).some((segs) => segs[locale] === first);
  return isPage && rest.length === 0 ? 'page' : undefined;
}
