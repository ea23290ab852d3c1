/** No `import`/`export`: a file's code would run while the site builds; the site's components need no import. */
import { bilingual } from '../../editor-messages.ts';
import { at, nodes } from '../body.ts';
import { siteComponents } from '../allow-list.ts';
import { excerpt } from '../urls.ts';
import type { EntryRule } from '../types.ts';

export const noImports: EntryRule = (entry) =>
  entry.tree
    ? nodes(entry.tree)
        .filter((node) => node.type === 'mdxjsEsm')
        .map((node) => ({
          ...at(node),
          message: bilingual(
            `Rindas ar import vai export MDX failā nav atļautas (${firstLine(node)}): izdzēsiet to; komponentes ${Object.keys(siteComponents).join(', ')} ir pieejamas bez importa`,
            `Lines with import or export are not allowed in MDX (${firstLine(node)}): delete it; the components ${Object.keys(siteComponents).join(', ')} work without an import`,
          ),
        }))
    : [];

const firstLine = (node: { value?: unknown }) => excerpt(String(node.value ?? '').split('\n')[0]!, 80);
