/**
 * Weight gate: what one page costs a reader on first visit — its HTML, every stylesheet and script, the
 * font files its characters need and the images above the fold, each counted once — against a budget
 * for its template. Text is counted gzipped (as hosts serve it); images and fonts as stored.
 */
import { gzipSync } from 'node:zlib';
import { tags } from './head-html';
import { drawnCharacters, fontFaces, fontsNeeded } from './weight-fonts';
import { contentTemplates, templateOf, type Template } from './weight-templates';

export const kinds = ['html', 'css', 'js', 'image', 'font'] as const;
export type Kind = (typeof kinds)[number];
export type Figures = Record<Kind | 'total', number>;

export interface PageWeight {
  path: string;
  template: Template | undefined;
  bytes: Figures;
}

/** Reads a file of the built site by its site path, e.g. `/_astro/x.css`; undefined if there is none. */
export type ReadAsset = (path: string) => Buffer | undefined;

const jsTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);
/** A `<script>` that runs, as opposed to a data block such as JSON-LD. */
export const runsCode = (attrs: Record<string, string>) => jsTypes.has((attrs['type'] ?? '').trim().toLowerCase());

const isText = (path: string) => /\.(html|css|js|mjs|svg|json|txt)$/i.test(path);
const isFont = (path: string) => /\.(woff2?|ttf|otf)$/i.test(path);
/** Same-site references only; other origins are the privacy gate's business. */
const local = (ref: string | undefined, from: string) => {
  if (!ref || /^(data:|#)/.test(ref)) return undefined;
  const url = new URL(ref, `https://site.invalid${from}`);
  return url.origin === 'https://site.invalid' ? decodeURIComponent(url.pathname) : undefined;
};

/** The widest candidate of a srcset: what a large screen downloads. */
function widest(srcset: string | undefined): string | undefined {
  const candidates = (srcset ?? '')
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .filter((c) => c[0]);
  return candidates.sort((a, b) => parseFloat(b[1] ?? '1') - parseFloat(a[1] ?? '1'))[0]?.[0];
}

export function weighPage(path: string, html: string, read: ReadAsset): { weight: PageWeight; problems: string[] } {
  const problems: string[] = [];
  const assets = new Map<string, Kind>();
  const add = (ref: string | undefined, kind: Kind, from = path) => {
    const file = local(ref, from);
    if (file && !assets.has(file)) assets.set(file, isFont(file) ? 'font' : kind);
  };
  const links = tags(html, 'link');
  for (const l of links) {
    const rel = (l.attrs['rel'] ?? '').split(/\s+/);
    if (rel.includes('stylesheet')) add(l.attrs['href'], 'css');
    if (rel.includes('modulepreload')) add(l.attrs['href'], 'js');
    if (rel.includes('icon')) add(l.attrs['href'], 'image');
    if (rel.includes('preload') && l.attrs['as'] === 'font') add(l.attrs['href'], 'font');
  }
  for (const s of tags(html, 'script')) if (runsCode(s.attrs)) add(s.attrs['src'], 'js');
  // Above the fold: every image the browser fetches at once, and the first one even if it is lazy.
  const images = tags(html, 'img');
  for (const [i, img] of images.entries())
    if (i === 0 || img.attrs['loading'] !== 'lazy') add(widest(img.attrs['srcset']) ?? img.attrs['src'], 'image');
  for (const video of tags(html, 'video')) add(video.attrs['poster'], 'image');
  // Fonts and background images come in through the stylesheets; a font only if the page draws its characters.
  const drawn = drawnCharacters(html);
  for (const [file, kind] of [...assets]) {
    if (kind !== 'css') continue;
    const css = read(file)?.toString('utf8') ?? '';
    for (const url of fontsNeeded(fontFaces(css), drawn)) add(url, 'font', file);
    for (const m of css.replace(/@font-face\s*{[^}]*}/g, '').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
      add(m[1], 'image', file);
  }

  // Inline code counts as JavaScript, the rest of the document as HTML.
  const inline = tags(html, 'script').filter((s) => runsCode(s.attrs) && !s.attrs['src'] && s.content.trim());
  const markup = inline.reduce((rest, s) => rest.replace(s.content, ''), html);
  const bytes: Figures = {
    html: gzipSync(markup).length,
    css: 0,
    js: inline.reduce((sum, s) => sum + gzipSync(s.content).length, 0),
    image: 0,
    font: 0,
    total: 0,
  };
  for (const [file, kind] of assets) {
    const data = read(file);
    if (!data) {
      problems.push(`${path}: references ${file}, which is not in the build`);
      continue;
    }
    bytes[kind] += isText(file) ? gzipSync(data).length : data.length;
  }
  bytes.total = kinds.reduce((sum, kind) => sum + bytes[kind], 0);
  return {
    weight: { path, template: templateOf(path), bytes },
    problems: [...problems, ...ownScriptProblems(path, html)],
  };
}

/** Content pages run no code, except the click-to-load player of a YouTube or Vimeo video. */
function ownScriptProblems(path: string, html: string): string[] {
  const template = templateOf(path);
  if (!template || !contentTemplates.has(template)) return [];
  const embedsPlayer = /data-embed="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(html);
  if (template === 'video' && embedsPlayer) return [];
  const scripts = tags(html, 'script').filter((s) => runsCode(s.attrs));
  return scripts.map(
    (s) =>
      `${path}: a ${template} page ships JavaScript (${s.attrs['src'] ?? `inline, ${s.content.length} characters`})`,
  );
}
