/**
 * Keeps /admin/ from asking a CDN for fonts. The npm build of Sveltia CMS registers its fonts from
 * files the site's build serves (document.fonts), but its app shell also injects `@font-face` rules
 * that point at a public CDN, which the browser would try too. Those rules are dropped as they are
 * added, before anything renders with them; the fonts still load from the site itself.
 */
const foreignFontFace = /@font-face\s*\{[^}]*url\(\s*['"]?https?:\/\/[^}]*\}/g;

function clean(style: HTMLStyleElement): void {
  const text = style.textContent ?? '';
  if (foreignFontFace.test(text)) style.textContent = text.replace(foreignFontFace, '');
  foreignFontFace.lastIndex = 0;
}

/** Watches the document for injected style elements from now on. */
export function keepFontsLocal(): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof HTMLStyleElement) clean(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
