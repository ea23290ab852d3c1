/** Only the site's components and the allow-listed HTML elements; each refusal says what to write instead. */
import { bilingual } from '../../editor-messages.ts';
import { nearestKey } from '../../fields/index.ts';
import { at, nodes } from '../body.ts';
import { htmlElements, refusedElements, siteComponents } from '../allow-list.ts';
import type { EntryRule, Finding } from '../types.ts';

const components = Object.keys(siteComponents);
const allowedNames = [...components, ...Object.keys(htmlElements)];

export const allowedElements: EntryRule = (entry) => {
  if (!entry.tree) return [];
  const found: Finding[] = [];
  for (const node of nodes(entry.tree)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = (node as { name?: string | null }).name ?? '';
    const message = refusal(name);
    if (message) found.push({ ...at(node), message });
  }
  return found;
};

/** Why an element name is refused, or undefined when it is allowed. */
export function refusal(name: string): string | undefined {
  if (name in siteComponents || name in htmlElements) return undefined;
  const refused = refusedElements[name.toLowerCase()];
  if (refused)
    return bilingual(
      `Elements <${name}> nav atļauts: ${refused.lv}`,
      `The element <${name}> is not allowed: ${refused.en}`,
    );
  if (name === '')
    return bilingual(
      'Tukšs elements <>…</> nav atļauts: izdzēsiet <> un </>',
      'An empty element <>…</> is not allowed: delete <> and </>',
    );
  const nearest = nearestKey(name, allowedNames);
  const list = components.map((c) => `<${c} />`).join(', ');
  if (/^[A-Z]/.test(name)) {
    return bilingual(
      `Vietnē nav komponentes <${name}>: ${nearest ? `vai domājāt <${nearest}>?` : `pieejamās ir ${list}`}`,
      `The site has no component <${name}>: ${nearest ? `did you mean <${nearest}>?` : `the ones there are: ${list}`}`,
    );
  }
  return bilingual(
    `Elements <${name}> nav atļauts, un ar mazo burtu rakstīts komponentes nosaukums neko neparāda: ${nearest ? `vai domājāt <${nearest}>?` : 'rakstiet to ar Markdown'}`,
    `The element <${name}> is not allowed, and a component name in lower case shows nothing: ${nearest ? `did you mean <${nearest}>?` : 'write it in Markdown'}`,
  );
}
