/**
 * What an editor can insert into a body besides Markdown: the site's own MDX components (the ones
 * EntryView passes to `<Content components={…} />`) and an image whose description is required.
 * Each writes exactly the syntax the safe MDX subset accepts, so nothing the form makes is refused.
 * Loaded in the browser by /admin/ (registration) and at build time by ./config.ts (the ids).
 */
import type { EditorComponentDefinition } from '@sveltia/cms';

/** `<ContactDetails />`: the initiative's contact block, read from content/contact.json. */
const contactDetails: EditorComponentDefinition = {
  id: 'ContactDetails',
  label: 'Kontaktinformācija / Contact details',
  icon: 'contact_mail',
  fields: [{ name: 'note', label: 'Kontakti no content/contact.json', widget: 'hidden', default: '' }],
  pattern: /^<ContactDetails\s*\/>$/m,
  fromBlock: () => ({}),
  toBlock: () => '<ContactDetails />',
  toPreview: () => '<p><strong>Kontaktinformācija / Contact details</strong></p>',
};

/** Keeps `]` and `)` from ending the Markdown image early; the safe subset allows only files of the site. */
const escapeAlt = (text: string) => text.replace(/[\[\]\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

/** `![description](../images/x.png)`: an image next to the entry, never without its description. */
const describedImage: EditorComponentDefinition = {
  id: 'described-image',
  label: 'Attēls ar aprakstu / Image with a description',
  icon: 'image',
  fields: [
    { name: 'src', label: 'Attēls', widget: 'image', choose_url: false, required: true, hint: 'Attēla fails, ko augšupielādējat šeit; saglabājas blakus ierakstam.' },
    { name: 'alt', label: 'Apraksts', widget: 'string', required: true, hint: 'Kas attēlā redzams, tiem, kas to neredz, piemēram "Bērni stāda kokus pie skolas".' },
  ],
  pattern: /^!\[(?<alt>(?:\\.|[^\]\\])+)\]\((?<src>[^)\s]+)\)$/m,
  fromBlock: (match) => ({ alt: (match.groups?.['alt'] ?? '').replace(/\\(.)/g, '$1'), src: match.groups?.['src'] ?? '' }),
  toBlock: ({ src, alt }) => `![${escapeAlt(String(alt ?? ''))}](${String(src ?? '')})`,
  toPreview: ({ src, alt }) => `<img src="${encodeURI(String(src ?? ''))}" alt="${String(alt ?? '').replace(/"/g, '&quot;')}">`,
};

/** Every component the body editor offers, in the order of its Insert menu. */
export const bodyComponents: readonly EditorComponentDefinition[] = [describedImage, contactDetails];

/** Their ids, for the body field's `editor_components`. */
export const bodyComponentIds: readonly string[] = bodyComponents.map((component) => component.id);
