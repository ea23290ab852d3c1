/**
 * No address that runs code (`javascript:`, `data:`, `vbscript:`) and nothing the page would load from
 * another site: images, media, frames and stylesheets come from the site itself.
 */
import { bilingual } from '../../editor-messages.ts';
import { hasScheme, schemeOf, urlsOf } from '../urls.ts';
import type { EntryRule } from '../types.ts';

const codeSchemes = new Set(['javascript', 'data', 'vbscript', 'file']);

export const safeUrls: EntryRule = (entry) =>
  urlsOf(entry.tree).flatMap(({ url, role, written, line, column }) => {
    const scheme = schemeOf(url);
    if (scheme && codeSchemes.has(scheme)) {
      return [
        {
          line,
          column,
          message: bilingual(
            `Adrese ar ${scheme}: nav atļauta (${written}): rakstiet saiti uz lapu, piemēram /par-iniciativu/ vai https://…`,
            `An address with ${scheme}: is not allowed (${written}): link to a page, for example /par-iniciativu/ or https://…`,
          ),
        },
      ];
    }
    // Media elements (iframe, video, link, script…) are refused as elements by ./elements.ts.
    if (role === 'image' && hasScheme(url)) {
      return [
        {
          line,
          column,
          message: bilingual(
            `Attēli un faili nāk tikai no pašas vietnes (${written}): saglabājiet failu blakus ierakstam un rakstiet ![apraksts](./fails.png)`,
            `Images and files come from the site itself only (${written}): save the file next to the entry and write ![description](./file.png)`,
          ),
        },
      ];
    }
    return [];
  });
