import { describe, expect, it } from 'vitest';
import { lintCase } from './helpers.ts';
import { yamlCases } from './frontmatter-cases.ts';

const yaml = (id: keyof typeof yamlCases) => lintCase(yamlCases[id].files);

describe('a YAML mistake is named at its line with the likely fix', () => {
  it('tab indentation', () =>
    expect(yaml('tab-indent')).toMatchInlineSnapshot(`
    [
      "content/centres/lv/tab-indent.mdx:9 Atkāpe veidota ar tabulāciju: YAML atkāpēm izmantojiet atstarpes (divas katrā līmenī) / The indentation is a tab: YAML indents with spaces (two per level)",
      "content/centres/lv/tab-indent.mdx:10 Atkāpe veidota ar tabulāciju: YAML atkāpēm izmantojiet atstarpes (divas katrā līmenī) / The indentation is a tab: YAML indents with spaces (two per level)",
    ]
  `));
  it('an unclosed double quote, at the line that opens it', () =>
    expect(yaml('unclosed-double-quote')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unclosed-double-quote.mdx:2 Pēdiņas nav aizvērtas: pievienojiet tās vērtības beigās, piemēram title: "Stāsts bez beigām" / The quote is not closed: add it at the end of the value, for example title: "Stāsts bez beigām"",
    ]
  `));
  it('an unclosed single quote on the last field', () =>
    expect(yaml('unclosed-single-quote')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unclosed-single-quote.mdx:5 Pēdiņas nav aizvērtas: pievienojiet tās vērtības beigās, piemēram title: 'Stāsts' / The quote is not closed: add it at the end of the value, for example title: 'Stāsts'",
    ]
  `));
  it('a colon that needs quotes', () =>
    expect(yaml('colon-needs-quotes')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/colon-needs-quotes.mdx:2 Vērtībā ir kols vai pēdiņas (title: Zilupe: jaunieši māca): ielieciet visu vērtību pēdiņās, piemēram title: "Zilupe: jaunieši māca" / The value holds a colon or quotes (title: Zilupe: jaunieši māca): put the whole value in quotes, for example title: "Zilupe: jaunieši māca"",
    ]
  `));
  it('a duplicate key', () =>
    expect(yaml('duplicate-key')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/duplicate-key.mdx:6 Lauks "title" ir divreiz (arī 2. rindā): atstājiet vienu / The field "title" is written twice (also on line 2): keep one",
    ]
  `));
  it('text after a closing quote', () =>
    expect(yaml('text-after-quote')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/text-after-quote.mdx:2 Vērtībā ir kols vai pēdiņas (title: "Stāsts" par Zilupi): ielieciet visu vērtību pēdiņās, piemēram title: '"Stāsts" par Zilupi' / The value holds a colon or quotes (title: "Stāsts" par Zilupi): put the whole value in quotes, for example title: '"Stāsts" par Zilupi'",
    ]
  `));
  it('no space after the colon', () =>
    expect(yaml('no-space-after-colon')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/no-space-after-colon.mdx:2 Šī rinda nav lauks (title:Stāsts): aiz lauka nosaukuma rakstiet kolu un atstarpi, piemēram title: "Virsraksts" / This line is not a field (title:Stāsts): write the field's name, a colon and a space, for example title: "Title"",
    ]
  `));
  it('an unclosed list', () =>
    expect(yaml('unclosed-list')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unclosed-list.mdx:4 Saraksts nav aizvērts (centres: [zilupe): aizveriet [ ar ] un { ar } tajā pašā rindā / A list is not closed (centres: [zilupe): close [ with ] and { with } on the same line",
    ]
  `));
  it('a # that cuts a title short', () =>
    expect(yaml('comment-cuts-title')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/comment-cuts-title.mdx:2 Teksts aiz # ir komentārs, un lapā būtu tikai "Nr": ielieciet visu vērtību pēdiņās, piemēram title: "Nr #1 stāsts par Zilupi" / The text after # is a comment, and the page would show only "Nr": put the whole value in quotes, for example title: "Nr #1 stāsts par Zilupi"",
    ]
  `));
  it('a value starting with *, which YAML reads as a reference', () =>
    expect(yaml('star-value')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/star-value.mdx:2 Vērtība sākas ar *, & vai !, kam YAML ir īpaša nozīme (title: *Svarīgi* par Zilupi): ielieciet visu vērtību pēdiņās, piemēram title: "*Svarīgi* par Zilupi" / The value starts with *, & or !, which mean something in YAML (title: *Svarīgi* par Zilupi): put the whole value in quotes, for example title: "*Svarīgi* par Zilupi"",
    ]
  `));
  it('a value that YAML reads as a reference to nothing', () =>
    expect(yaml('alias-value')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/alias-value.mdx:5 Vērtība sākas ar *, & vai !, kam YAML ir īpaša nozīme (title: *Svarīgi*): ielieciet visu vērtību pēdiņās, piemēram title: "*Svarīgi*" / The value starts with *, & or !, which mean something in YAML (title: *Svarīgi*): put the whole value in quotes, for example title: "*Svarīgi*"",
    ]
  `));
  it('a list where the fields belong', () =>
    expect(yaml('list-not-fields')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/list-not-fields.mdx:2 Šo rindu nevar nolasīt kā lauku (- title): rakstiet nosaukums: vērtība, piemēram title: "Virsraksts" / This line cannot be read as a field (- title): write name: value, for example title: "Title"",
    ]
  `));
  it('the closing --- missing: once, not as missing fields', () =>
    expect(yaml('missing-closing-line')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/missing-closing-line.mdx:7 Trūkst noslēdzošās rindas ---: ierakstiet --- atsevišķā rindā aiz pēdējā lauka (5. rinda), pirms teksta / The closing --- line is missing: write --- on a line of its own after the last field (line 5), before the text",
    ]
  `));
  it('the opening --- missing', () =>
    expect(yaml('missing-opening-line')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/missing-opening-line.mdx:1 Faila pirmajai rindai jābūt --- (ar to sākas lauki, piemēram title:) / The first line of the file must be --- (it opens the fields, such as title:)",
    ]
  `));
});
