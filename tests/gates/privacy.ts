/**
 * Privacy and security gate. In Chromium, opening a page contacts no other origin and breaks no rule of
 * its Content-Security-Policy. In the HTML: a CSP meta whose directives allow only the site itself
 * ('self', hashes of its own inline code, data: images), with YouTube's no-cookie and Vimeo's players
 * only as frames; no inline event handlers, no javascript: URLs, no style attributes (the CSP blocks them).
 */
import type { Page } from 'playwright-core';
import { allElements, firstElement, parseHtml } from './head-html';

const hash = /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/;
/** Beyond 'self', 'none' and hashes: what each directive may also name. */
const extra: Record<string, string[]> = {
  'img-src': ['data:'],
  // Pagefind compiles its WebAssembly in the page; this allows no origin and no eval of strings.
  'script-src': ["'wasm-unsafe-eval'"],
  'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
};

export function cspProblems(path: string, html: string): string[] {
  const head = firstElement(parseHtml(html), 'head');
  const inHead = head ? allElements(head) : [];
  const isCsp = (e: { name: string; attrs: Record<string, string> }) =>
    e.name === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy';
  const metas = inHead.filter(isCsp);
  if (metas.length !== 1) return [`${path}: ${metas.length} Content-Security-Policy meta elements, expected 1`];
  const problems: string[] = [];
  const directives = new Map<string, string[]>();
  for (const part of (metas[0]!.attrs['content'] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  if (!directives.get('default-src')?.length) problems.push(`${path}: the CSP has no default-src`);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (source === "'self'" || source === "'none'" || hash.test(source) || extra[name]?.includes(source)) continue;
      problems.push(`${path}: CSP ${name} allows ${source}`);
    }
  }
  const cspAt = inHead.findIndex(isCsp);
  // A JSON-LD block is data, never run: the CSP does not govern it, so it may stand before the meta.
  const firstLoad = inHead.findIndex(
    (e) =>
      (e.name === 'script' && e.attrs['type'] !== 'application/ld+json') ||
      e.name === 'style' ||
      (e.name === 'link' && e.attrs['rel'] === 'stylesheet'),
  );
  if (firstLoad >= 0 && firstLoad < cspAt)
    problems.push(`${path}: the CSP meta comes after a script or stylesheet, which it then does not cover`);
  return problems;
}

const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'srcdoc']);

export function inlineCodeProblems(path: string, html: string): string[] {
  const problems: string[] = [];
  for (const { name: element, attrs } of allElements(html)) {
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on[a-z]+$/.test(name))
        problems.push(`${path}: <${element} ${name}="${value.slice(0, 40)}"> is an inline event handler`);
      else if (urlAttrs.has(name) && /^javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, '')))
        problems.push(`${path}: <${element} ${name}="${value.slice(0, 40)}"> is a javascript: URL`);
      else if (name === 'style')
        problems.push(`${path}: <${element} style="${value.slice(0, 40)}"> is an inline style the CSP blocks`);
    }
  }
  return problems;
}

/** Opens a URL and lists every request to another origin (aborted, so tests stay offline) and every CSP violation. */
export async function foreignTraffic(page: Page, url: string): Promise<string[]> {
  const origin = new URL(url).origin;
  const found: string[] = [];
  const foreign = (address: string) => !/^(data|blob|about):/.test(address) && new URL(address).origin !== origin;
  await page.route('**/*', (route) => (foreign(route.request().url()) ? route.abort() : route.continue()));
  const onRequest = (request: { url(): string }) => {
    if (foreign(request.url())) found.push(`requests ${request.url()}`);
  };
  const onConsole = (message: { type(): string; text(): string }) => {
    if (/Content Security Policy/i.test(message.text())) found.push(`breaks its CSP: ${message.text()}`);
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
    await page.unrouteAll();
  }
  return found;
}
