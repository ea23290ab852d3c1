/**
 * Makes one guideline's rendered HTML fit beside the others on the print handbook: ids (headings,
 * checklist labels, footnotes) get the guideline's prefix so they stay unique on the page, in-page
 * links follow them, and links into the site carry their full address for the printed copy.
 */
const idAttributes = /\b(id|aria-labelledby|aria-describedby|for)="([^"]+)"/g;

export function prefixForPrint(html: string, prefix: string, siteUrl: string): string {
  return html
    .replace(
      idAttributes,
      (_, name: string, value: string) =>
        `${name}="${value
          .split(/\s+/)
          .map((id) => `${prefix}-${id}`)
          .join(' ')}"`,
    )
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`)
    .replace(
      /<a href="(\/[^"]*)"/g,
      (_, path: string) => `<a href="${path}" data-print-url="${new URL(path, siteUrl).href}"`,
    )
    .replace(/<a href="(https?:[^"]*)"/g, (_, url: string) => `<a href="${url}" data-print-url="${url}"`);
}
