import { describe, expect, it } from 'vitest';
import { lintCase } from './helpers.ts';
import { unsafeCases } from './safe-subset-cases.ts';

const lint = (id: keyof typeof unsafeCases) => lintCase(unsafeCases[id].files);

describe('elements and attributes outside the allow-list', () => {
  it('class=', () =>
    expect(lint('class-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/class-attribute.mdx:7:1 Atribūts class nav atļauts, izskatu nosaka vietne: izdzēsiet to / The attribute class is not allowed, the site sets the look: delete it",
    ]
  `));
  it('an attribute the element does not take', () =>
    expect(lint('unknown-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unknown-attribute.mdx:7:1 Atribūts tabindex elementā <abbr> nav atļauts: atļautie ir lang, title / The attribute tabindex is not allowed on <abbr>: the allowed ones are lang, title",
    ]
  `));
  it('an attribute on a component', () =>
    expect(lint('component-attribute')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/component-attribute.mdx:7:1 Komponentei <ContactDetails /> nav atribūtu: izdzēsiet email / The component <ContactDetails /> takes no attributes: delete email",
    ]
  `));
  it('a component name in lower case', () =>
    expect(lint('lower-case-component')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/lower-case-component.mdx:7:1 Elements <contactdetails> nav atļauts, un ar mazo burtu rakstīts komponentes nosaukums neko neparāda: vai domājāt <ContactDetails>? / The element <contactdetails> is not allowed, and a component name in lower case shows nothing: did you mean <ContactDetails>?",
    ]
  `));
  it('a component the site does not have', () =>
    expect(lint('unknown-component')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unknown-component.mdx:7:1 Vietnē nav komponentes <Image>: vai domājāt <img>? / The site has no component <Image>: did you mean <img>?",
    ]
  `));
  it('an HTML element the site does not style', () =>
    expect(lint('unknown-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unknown-element.mdx:7:1 Elements <center> nav atļauts, un ar mazo burtu rakstīts komponentes nosaukums neko neparāda: rakstiet to ar Markdown / The element <center> is not allowed, and a component name in lower case shows nothing: write it in Markdown",
    ]
  `));
  it('an empty fragment', () =>
    expect(lint('fragment')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/fragment.mdx:7:1 Tukšs elements <>…</> nav atļauts: izdzēsiet <> un </> / An empty element <>…</> is not allowed: delete <> and </>",
    ]
  `));
  it('an HTML comment', () =>
    expect(lint('html-comment')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/html-comment.mdx:7:8 HTML komentārs <!-- --> MDX failā nav atļauts (Teksts <!-- piezīme --> beigas.): rakstiet {/* komentārs */} / An HTML comment <!-- --> is not allowed in MDX (Teksts <!-- piezīme --> beigas.): write {/* comment */}",
    ]
  `));
  it('an unclosed curly brace', () =>
    expect(lint('unclosed-brace')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unclosed-brace.mdx:7:6 Figūriekava { nav aizvērta (Cena {aptuveni 5 eiro.): ja tā ir teksts, rakstiet \\{ / The curly brace { is not closed (Cena {aptuveni 5 eiro.): if it is text, write \\{",
    ]
  `));
  it('a closing tag with no opening one', () =>
    expect(lint('unopened-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unopened-element.mdx:7:8 MDX nevar nolasīt šo vietu (Teksts </span> beigas.): ja < vai { ir teksts, rakstiet \\< vai \\{ / MDX cannot read this place (Teksts </span> beigas.): if < or { is meant as text, write \\< or \\{ (Unexpected closing tag \`</span>\`, expected an open tag first)",
    ]
  `));
  it('an unclosed element', () =>
    expect(lint('unclosed-element')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unclosed-element.mdx:7:8 Elements <span> nav aizvērts: pievienojiet </span> tajā pašā rindkopā / The element <span> is not closed: add </span> in the same paragraph",
    ]
  `));
});
