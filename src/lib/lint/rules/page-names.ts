/** The pages collection holds only the pages the site has an address for (about, contact, accessibility). */
import { bilingual } from '../../editor-messages.ts';
import { pageSegments } from '../../../i18n/routes.ts';
import type { SiteRule } from '../types.ts';

export const knownPages: SiteRule = (site) =>
  site.entries
    .filter((entry) => entry.collection === 'pages' && !(entry.slug in pageSegments))
    .map((entry) => ({
      file: entry.file,
      line: 1,
      message: bilingual(
        `Lapu mapē ir tikai šie faili: ${Object.keys(pageSegments).join(', ')}`,
        `The pages folder holds only these files: ${Object.keys(pageSegments).join(', ')}`,
      ),
    }));
