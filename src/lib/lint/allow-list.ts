/**
 * The safe MDX subset: the components the site provides (passed to `<Content components={…} />`, so no
 * file imports anything) and the HTML elements and attributes the site styles. Everything else is refused.
 */

/** Components an MDX body may use, with the attributes each accepts. src/lib/content-components.ts maps exactly these. */
export const siteComponents = { ContactDetails: [] } as const satisfies Record<string, readonly string[]>;
export type SiteComponent = keyof typeof siteComponents;

/** Attributes any allowed HTML element may carry. */
export const globalAttributes = ['lang', 'title'] as const;

/** HTML elements an MDX body may use, with the attributes each accepts beyond the global ones. */
export const htmlElements: Record<string, readonly string[]> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  cite: [],
  dd: [],
  del: [],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  u: [],
  ul: [],
};

/** Elements refused outright, with what to do instead: they run code, load another site, or restyle the page. */
export const refusedElements: Record<string, { lv: string; en: string }> = {
  script: { lv: 'lapās nav skriptu, izdzēsiet to', en: 'pages carry no scripts, delete it' },
  style: { lv: 'izskatu nosaka vietne, izdzēsiet to', en: 'the site sets the look, delete it' },
  link: { lv: 'stilus un resursus nosaka vietne, izdzēsiet to', en: 'the site sets styles and resources, delete it' },
  meta: {
    lv: 'lapas galvu veido vietne (meta var aizsūtīt lasītāju uz citu vietni), izdzēsiet to',
    en: "the site writes the page's head (meta can send readers to another site), delete it",
  },
  base: { lv: 'lapas adreses nosaka vietne, izdzēsiet to', en: "the site sets the page's addresses, delete it" },
  iframe: {
    lv: 'video ielieciet kā ierakstu mapē content/videos ar source: { kind: youtube, id: … }',
    en: 'add a video as an entry in content/videos with source: { kind: youtube, id: … }',
  },
  frame: { lv: 'lapā nav rāmju, ielieciet saiti', en: 'pages have no frames, write a link' },
  object: { lv: 'ielieciet saiti uz failu', en: 'link to the file instead' },
  embed: { lv: 'ielieciet saiti uz failu', en: 'link to the file instead' },
  video: { lv: 'video ielieciet kā ierakstu mapē content/videos', en: 'add a video as an entry in content/videos' },
  audio: {
    lv: 'audio ielieciet kā saiti uz failu mapē public/downloads/',
    en: 'link to an audio file in public/downloads/',
  },
  form: {
    lv: 'vietnē nav veidlapu, ielieciet saiti vai e-pasta adresi',
    en: 'the site has no forms, write a link or an e-mail address',
  },
  input: { lv: 'vietnē nav veidlapu, izdzēsiet to', en: 'the site has no forms, delete it' },
  button: { lv: 'rakstiet saiti', en: 'write a link instead' },
  textarea: { lv: 'vietnē nav veidlapu, izdzēsiet to', en: 'the site has no forms, delete it' },
  select: { lv: 'vietnē nav veidlapu, izdzēsiet to', en: 'the site has no forms, delete it' },
  svg: {
    lv: 'zīmējumu ielieciet kā attēla failu: ![apraksts](./zimejums.svg)',
    en: 'add a drawing as an image file: ![description](./drawing.svg)',
  },
  template: { lv: 'izdzēsiet to', en: 'delete it' },
};
