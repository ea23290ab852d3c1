/** Only allow-listed attributes, written as plain text: no style, no on… handlers, no search overrides, no code. */
import { bilingual } from '../../editor-messages.ts';
import { at, nodes } from '../body.ts';
import { globalAttributes, htmlElements, siteComponents } from '../allow-list.ts';
import { excerpt } from '../urls.ts';
import type { EntryRule, Finding } from '../types.ts';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

export const allowedAttributes: EntryRule = (entry) => {
  if (!entry.tree) return [];
  const found: Finding[] = [];
  for (const node of nodes(entry.tree)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = (node as { name?: string | null }).name ?? '';
    const allowed =
      name in siteComponents
        ? (siteComponents[name as keyof typeof siteComponents] as readonly string[])
        : name in htmlElements
          ? [...globalAttributes, ...htmlElements[name]!]
          : undefined;
    if (!allowed) continue; // the element itself is refused by ./elements.ts
    for (const attribute of (node as { attributes?: Attribute[] }).attributes ?? []) {
      const message = attributeProblem(name, attribute, allowed);
      if (message) found.push({ ...at(node), message });
    }
  }
  return found;
};

function attributeProblem(element: string, attribute: Attribute, allowed: readonly string[]): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    const code = `{${excerpt(String(attribute.value))}}`;
    return bilingual(
      `Elementā <${element}> ir kods ${code}, kas tiktu izpildīts: izdzēsiet to`,
      `The element <${element}> holds code ${code}, which would run: delete it`,
    );
  }
  const name = attribute.name ?? '';
  if (typeof attribute.value === 'object' && attribute.value !== null) {
    return bilingual(
      `Atribūta ${name} vērtība figūriekavās tiktu izpildīta kā kods: rakstiet to pēdiņās, ${name}="…"`,
      `The value of ${name} in curly braces would run as code: write it in quotes, ${name}="…"`,
    );
  }
  if (/^on/i.test(name))
    return bilingual(
      `Atribūts ${name}= palaistu skriptu: izdzēsiet to`,
      `The attribute ${name}= would run a script: delete it`,
    );
  if (name === 'style')
    return bilingual(
      'Atribūts style= nav atļauts, izskatu nosaka vietne: izdzēsiet to (izcelšanai rakstiet **treknrakstā**)',
      'The attribute style= is not allowed, the site sets the look: delete it (for emphasis write **bold**)',
    );
  if (/^data-pagefind/i.test(name))
    return bilingual(
      `Atribūts ${name} mainītu meklēšanu: izdzēsiet to, meklēšana ietver visu lapas tekstu`,
      `The attribute ${name} would change search: delete it, search covers all of the page's text`,
    );
  if (name === 'class' || name === 'className')
    return bilingual(
      `Atribūts ${name} nav atļauts, izskatu nosaka vietne: izdzēsiet to`,
      `The attribute ${name} is not allowed, the site sets the look: delete it`,
    );
  if (allowed.includes(name)) return undefined;
  return allowed.length > 0
    ? bilingual(
        `Atribūts ${name} elementā <${element}> nav atļauts: atļautie ir ${allowed.join(', ')}`,
        `The attribute ${name} is not allowed on <${element}>: the allowed ones are ${allowed.join(', ')}`,
      )
    : bilingual(
        `Komponentei <${element} /> nav atribūtu: izdzēsiet ${name}`,
        `The component <${element} /> takes no attributes: delete ${name}`,
      );
}
