/**
 * What an editor can insert into a body besides Markdown: the site's own MDX components (the safe
 * subset's allow-list, which src/lib/content-components.ts passes to `<Content components={…} />`) and an image whose
 * description is required.
 * Each writes exactly the syntax the safe MDX subset accepts, so nothing the form makes is refused.
 * Loaded in the browser by /admin/ (registration) and at build time by ./config.ts (the ids).
 */
import type { EditorComponentDefinition } from '@sveltia/cms';
import { siteComponents } from '../lint/allow-list.ts';

/** A quoted attribute value, escaped so that it cannot end the attribute. */
const quote = (value: unknown) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');

/**
 * One editor component per component the safe MDX subset allows (src/lib/lint/allow-list.ts), written
 * as `<Name attribute="…" />`: a component added to the allow-list appears in the Insert menu with no second edit.
 */
function siteComponent(name: string, attributes: readonly string[]): EditorComponentDefinition {
  const attributePattern = attributes.map((attribute) => `(?:\\s+${attribute}="(?<${attribute}>[^"]*)")?`).join('');
  return {
    id: name,
    label: name,
    icon: 'widgets',
    fields:
      attributes.length > 0
        ? attributes.map((attribute) => ({
            name: attribute,
            label: attribute,
            widget: 'string' as const,
            required: false,
          }))
        : [{ name: 'component', label: `<${name} />`, widget: 'hidden' as const, default: '' }],
    pattern: new RegExp(`^<${name}${attributePattern}\\s*/>$`, 'm'),
    fromBlock: (match) =>
      Object.fromEntries(attributes.map((attribute) => [attribute, match.groups?.[attribute] ?? ''])),
    toBlock: (values) =>
      `<${[name, ...attributes.filter((a) => values[a]).map((a) => `${a}="${quote(values[a])}"`)].join(' ')} />`,
    toPreview: () => `<p><strong>&lt;${name} /&gt;</strong></p>`,
  };
}

/** Keeps `]` and `)` from ending the Markdown image early; the safe subset allows only files of the site. */
const escapeAlt = (text: string) =>
  text
    .replace(/[\[\]\\]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();

/** `![description](../images/x.png)`: an image next to the entry, never without its description. */
const describedImage: EditorComponentDefinition = {
  id: 'described-image',
  label: 'Attēls ar aprakstu / Image with a description',
  icon: 'image',
  fields: [
    {
      name: 'src',
      label: 'Attēls',
      widget: 'image',
      choose_url: false,
      required: true,
      hint: 'Attēla fails, ko augšupielādējat šeit; saglabājas blakus ierakstam.',
    },
    {
      name: 'alt',
      label: 'Apraksts',
      widget: 'string',
      required: true,
      hint: 'Kas attēlā redzams, tiem, kas to neredz, piemēram "Bērni stāda kokus pie skolas".',
    },
  ],
  pattern: /^!\[(?<alt>(?:\\.|[^\]\\])+)\]\((?<src>[^)\s]+)\)$/m,
  fromBlock: (match) => ({
    alt: (match.groups?.['alt'] ?? '').replace(/\\(.)/g, '$1'),
    src: match.groups?.['src'] ?? '',
  }),
  toBlock: ({ src, alt }) => `![${escapeAlt(String(alt ?? ''))}](${String(src ?? '')})`,
  toPreview: ({ src, alt }) =>
    `<img src="${encodeURI(String(src ?? ''))}" alt="${String(alt ?? '').replace(/"/g, '&quot;')}">`,
};

/** Every component the body editor offers, in the order of its Insert menu. */
export const bodyComponents: readonly EditorComponentDefinition[] = [
  describedImage,
  ...Object.entries(siteComponents).map(([name, attributes]) => siteComponent(name, attributes)),
];

/** Their ids, for the body field's `editor_components`. */
export const bodyComponentIds: readonly string[] = bodyComponents.map((component) => component.id);
