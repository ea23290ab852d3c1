import { describe, expect, it } from 'vitest';
import { lintCase } from './helpers.ts';
import { unsafeCases } from './safe-subset-cases.ts';

const lint = (id: keyof typeof unsafeCases) => lintCase(unsafeCases[id].files);

describe('code that would run at build time is refused at its line', () => {
  it('an import line', () =>
    expect(lint('import-line')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/import-line.mdx:7:1 Rindas ar import vai export MDX failā nav atļautas (import { execSync } from 'node:child_process'): izdzēsiet to; komponentes ContactDetails ir pieejamas bez importa / Lines with import or export are not allowed in MDX (import { execSync } from 'node:child_process'): delete it; the components ContactDetails work without an import",
      "content/stories/lv/import-line.mdx:9:1 Figūriekavās {…} rakstītais tiktu izpildīts kā programmas kods ({execSync('touch node_modules/.cache/dk-ran-import-line')}): ja tas ir teksts, rakstiet \\{ un \\}; komentāru rakstiet kā {/* komentārs */} / Text in curly braces {…} would run as program code ({execSync('touch node_modules/.cache/dk-ran-import-line')}): if it is text, write \\{ and \\}; write a comment as {/* comment */}",
    ]
  `));
  it('an export line', () =>
    expect(lint('export-line')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/export-line.mdx:7:1 Rindas ar import vai export MDX failā nav atļautas (export const ran = process.getBuiltinModule('node:child_process').execSync('touc…): izdzēsiet to; komponentes ContactDetails ir pieejamas bez importa / Lines with import or export are not allowed in MDX (export const ran = process.getBuiltinModule('node:child_process').execSync('touc…): delete it; the components ContactDetails work without an import",
    ]
  `));
  it('an expression on its own line', () =>
    expect(lint('flow-expression')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/flow-expression.mdx:9:1 Figūriekavās {…} rakstītais tiktu izpildīts kā programmas kods ({process.getBuiltinModule('node:child_process').execSync('tou…}): ja tas ir teksts, rakstiet \\{ un \\}; komentāru rakstiet kā {/* komentārs */} / Text in curly braces {…} would run as program code ({process.getBuiltinModule('node:child_process').execSync('tou…}): if it is text, write \\{ and \\}; write a comment as {/* comment */}",
    ]
  `));
  it('expressions inside a sentence, each at its column', () =>
    expect(lint('text-expression')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/text-expression.mdx:7:15 Figūriekavās {…} rakstītais tiktu izpildīts kā programmas kods ({process.env.HOME}): ja tas ir teksts, rakstiet \\{ un \\}; komentāru rakstiet kā {/* komentārs */} / Text in curly braces {…} would run as program code ({process.env.HOME}): if it is text, write \\{ and \\}; write a comment as {/* comment */}",
      "content/stories/lv/text-expression.mdx:7:37 Figūriekavās {…} rakstītais tiktu izpildīts kā programmas kods ({process.getBuiltinModule('node:child_process').execSync('tou…}): ja tas ir teksts, rakstiet \\{ un \\}; komentāru rakstiet kā {/* komentārs */} / Text in curly braces {…} would run as program code ({process.getBuiltinModule('node:child_process').execSync('tou…}): if it is text, write \\{ and \\}; write a comment as {/* comment */}",
    ]
  `));
  it('an expression as an attribute value', () =>
    expect(lint('attribute-expression')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/attribute-expression.mdx:7:1 Atribūta title vērtība figūriekavās tiktu izpildīta kā kods: rakstiet to pēdiņās, title="…" / The value of title in curly braces would run as code: write it in quotes, title="…"",
    ]
  `));
  it('a spread attribute', () =>
    expect(lint('spread-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/spread-attribute.mdx:7:1 Elementā <span> ir kods {...process.getBuiltinModule('node:child_process').execSync('…}, kas tiktu izpildīts: izdzēsiet to / The element <span> holds code {...process.getBuiltinModule('node:child_process').execSync('…}, which would run: delete it",
    ]
  `));
});

describe('what would reach readers as script, frame, style or another site is refused', () => {
  it('<script>', () =>
    expect(lint('script-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/script-element.mdx:9:1 Elements <script> nav atļauts: lapās nav skriptu, izdzēsiet to / The element <script> is not allowed: pages carry no scripts, delete it",
    ]
  `));
  it('<meta http-equiv="refresh">', () =>
    expect(lint('meta-refresh')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/meta-refresh.mdx:7:1 Elements <meta> nav atļauts: lapas galvu veido vietne (meta var aizsūtīt lasītāju uz citu vietni), izdzēsiet to / The element <meta> is not allowed: the site writes the page's head (meta can send readers to another site), delete it",
    ]
  `));
  it('<iframe> from another site', () =>
    expect(lint('iframe-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/iframe-element.mdx:7:1 Elements <iframe> nav atļauts: video ielieciet kā ierakstu mapē content/videos ar source: { kind: youtube, id: … } / The element <iframe> is not allowed: add a video as an entry in content/videos with source: { kind: youtube, id: … }",
    ]
  `));
  it('<style>', () =>
    expect(lint('style-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/style-element.mdx:7:1 Elements <style> nav atļauts: izskatu nosaka vietne, izdzēsiet to / The element <style> is not allowed: the site sets the look, delete it",
      "content/stories/lv/style-element.mdx:7:8 Figūriekavās {…} rakstītais tiktu izpildīts kā programmas kods ({\`body { display: none }\`}): ja tas ir teksts, rakstiet \\{ un \\}; komentāru rakstiet kā {/* komentārs */} / Text in curly braces {…} would run as program code ({\`body { display: none }\`}): if it is text, write \\{ and \\}; write a comment as {/* comment */}",
    ]
  `));
  it('an external stylesheet', () =>
    expect(lint('stylesheet-link')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/stylesheet-link.mdx:7:1 Elements <link> nav atļauts: stilus un resursus nosaka vietne, izdzēsiet to / The element <link> is not allowed: the site sets styles and resources, delete it",
    ]
  `));
  it('a form', () =>
    expect(lint('form-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/form-element.mdx:7:1 Elements <form> nav atļauts: vietnē nav veidlapu, ielieciet saiti vai e-pasta adresi / The element <form> is not allowed: the site has no forms, write a link or an e-mail address",
      "content/stories/lv/form-element.mdx:7:37 Elements <input> nav atļauts: vietnē nav veidlapu, izdzēsiet to / The element <input> is not allowed: the site has no forms, delete it",
    ]
  `));
  it('style=', () =>
    expect(lint('style-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/style-attribute.mdx:7:1 Atribūts style= nav atļauts, izskatu nosaka vietne: izdzēsiet to (izcelšanai rakstiet **treknrakstā**) / The attribute style= is not allowed, the site sets the look: delete it (for emphasis write **bold**)",
    ]
  `));
  it('onclick=', () =>
    expect(lint('event-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/event-attribute.mdx:7:8 Atribūts onclick= palaistu skriptu: izdzēsiet to / The attribute onclick= would run a script: delete it",
    ]
  `));
  it('a javascript: link in JSX', () =>
    expect(lint('javascript-jsx-link')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/javascript-jsx-link.mdx:7:1 Adrese ar javascript: nav atļauta (<a href="javascript:alert(1)">): rakstiet saiti uz lapu, piemēram /par-iniciativu/ vai https://… / An address with javascript: is not allowed (<a href="javascript:alert(1)">): link to a page, for example /par-iniciativu/ or https://…",
    ]
  `));
  it('a javascript: link in Markdown', () =>
    expect(lint('javascript-markdown-link')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/javascript-markdown-link.mdx:7:1 Adrese ar javascript: nav atļauta ([…](javascript:alert(1))): rakstiet saiti uz lapu, piemēram /par-iniciativu/ vai https://… / An address with javascript: is not allowed ([…](javascript:alert(1))): link to a page, for example /par-iniciativu/ or https://…",
    ]
  `));
  it('a data: link', () =>
    expect(lint('data-link')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/data-link.mdx:7:1 Adrese ar data: nav atļauta ([…](data:text/html;base64,PHNjcmlwdD4=)): rakstiet saiti uz lapu, piemēram /par-iniciativu/ vai https://… / An address with data: is not allowed ([…](data:text/html;base64,PHNjcmlwdD4=)): link to a page, for example /par-iniciativu/ or https://…",
    ]
  `));
  it('an image from another site', () =>
    expect(lint('offsite-image')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/offsite-image.mdx:7:1 Attēli un faili nāk tikai no pašas vietnes (![…](https://example.org/x.png)): saglabājiet failu blakus ierakstam un rakstiet ![apraksts](./fails.png) / Images and files come from the site itself only (![…](https://example.org/x.png)): save the file next to the entry and write ![description](./file.png)",
    ]
  `));
  it('an <img> from another site', () =>
    expect(lint('offsite-jsx-image')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/offsite-jsx-image.mdx:7:1 Attēli un faili nāk tikai no pašas vietnes (<img src="https://example.org/x.png">): saglabājiet failu blakus ierakstam un rakstiet ![apraksts](./fails.png) / Images and files come from the site itself only (<img src="https://example.org/x.png">): save the file next to the entry and write ![description](./file.png)",
    ]
  `));
  it('a reference-style image from another site', () =>
    expect(lint('offsite-reference-image')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/offsite-reference-image.mdx:9:1 Attēli un faili nāk tikai no pašas vietnes ([foto]: https://example.org/x.png): saglabājiet failu blakus ierakstam un rakstiet ![apraksts](./fails.png) / Images and files come from the site itself only ([foto]: https://example.org/x.png): save the file next to the entry and write ![description](./file.png)",
    ]
  `));
  it('data-pagefind-ignore hiding text from search', () =>
    expect(lint('pagefind-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/pagefind-attribute.mdx:7:1 Atribūts data-pagefind-ignore mainītu meklēšanu: izdzēsiet to, meklēšana ietver visu lapas tekstu / The attribute data-pagefind-ignore would change search: delete it, search covers all of the page's text",
    ]
  `));
});
