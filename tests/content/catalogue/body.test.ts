import { describe, expect, it } from 'vitest';
import { lintCase } from './helpers.ts';
import { bodyCases } from './body-cases.ts';

const lint = (id: keyof typeof bodyCases) => lintCase(bodyCases[id].files);

describe('images, headings and tables, at their line', () => {
  it('a Markdown image without alt text', () =>
    expect(lint('image-no-alt')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/image-no-alt.mdx:7:1 Attēlam nav alternatīvā teksta (![](./image-no-alt.png)): kvadrātiekavās pirms attēla adreses aprakstiet, kas tajā redzams / The image has no alt text (![](./image-no-alt.png)): between the square brackets before its address, describe what it shows",
    ]
  `));
  it('an <img> without alt text', () =>
    expect(lint('jsx-image-no-alt')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/jsx-image-no-alt.mdx:7:1 Attēlam nav alternatīvā teksta (<img src="/favicon.svg">): kvadrātiekavās pirms attēla adreses aprakstiet, kas tajā redzams / The image has no alt text (<img src="/favicon.svg">): between the square brackets before its address, describe what it shows",
    ]
  `));
  it('an image file that is not there', () =>
    expect(lint('image-missing')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/image-missing.mdx:7:1 Fails nav atrasts (![…](./nav-tada.png)): pārbaudiet nosaukumu vai ielieciet failu ./nav-tada.png / The file is not there (![…](./nav-tada.png)): check the name or add the file as ./nav-tada.png",
    ]
  `));
  it('an <img> next to the entry, which only Markdown images find', () =>
    expect(lint('jsx-image-relative')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/jsx-image-relative.mdx:7:1 Attēlu blakus ierakstam rakstiet Markdown veidā (<img src="./jsx-image-relative.png">): ![apraksts](./jsx-image-relative.png) / Write an image next to the entry in Markdown (<img src="./jsx-image-relative.png">): ![description](./jsx-image-relative.png)",
    ]
  `));
  it('a second h1', () =>
    expect(lint('heading-one')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/heading-one.mdx:7:1 Virsraksts ar vienu # ir lapas nosaukums, ko rāda lauks title: sāciet ar ## (otrā līmeņa virsrakstu) / A heading with one # is the page title, which the field title shows: start with ## (a second-level heading)",
    ]
  `));
  it('a skipped heading level', () =>
    expect(lint('heading-skipped')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/heading-skipped.mdx:11:1 Virsrakstu līmenis izlaists (#### pēc ##): rakstiet ### / A heading level is skipped (#### after ##): write ###",
    ]
  `));
  it('table columns aligned with colons', () =>
    expect(lint('aligned-table')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/aligned-table.mdx:7:1 Kolonnu līdzināšana ar koliem (:---) šajā vietnē netiek rādīta: rakstiet tikai --- bez koliem / Column alignment with colons (:---) is not shown on this site: write plain --- without colons",
    ]
  `));
  it('code blocks and inline code are never checked as content', () =>
    expect(lint('code-is-not-content')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/code-is-not-content.mdx:16:1 Virsrakstu līmenis izlaists (#### pēc ##): rakstiet ### / A heading level is skipped (#### after ##): write ###",
    ]
  `));
});

describe('links lead to pages, anchors and files that exist, in the page language', () => {
  it('a link to a page that does not exist, with the nearest one', () =>
    expect(lint('link-missing-page')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-missing-page.mdx:7:7 Saite ved uz lapu, kuras nav ([…](/centri/nav-tada/)): pārbaudiet adresi / The link leads to a page that does not exist ([…](/centri/nav-tada/)): check the address",
    ]
  `));
  it('a link to a missing #anchor on another page', () =>
    expect(lint('link-missing-anchor')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-missing-anchor.mdx:7:7 Lapā /centri/zilupe/ nav vietas #nodarbibas ([…](/centri/zilupe/#nodarbibas)): tajā ir #main, #centre-stories, #centre-videos / The page /centri/zilupe/ has no #nodarbibas ([…](/centri/zilupe/#nodarbibas)): it has #main, #centre-stories, #centre-videos",
    ]
  `));
  it('a link to a missing #anchor on the same page, with the nearest', () =>
    expect(lint('link-own-anchor')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-own-anchor.mdx:9:7 Lapā /stasti/link-own-anchor/ nav vietas #ko-centrs-plano-2 ([…](#ko-centrs-plano-2)): vai domājāt #ko-centrs-plāno? / The page /stasti/link-own-anchor/ has no #ko-centrs-plano-2 ([…](#ko-centrs-plano-2)): did you mean #ko-centrs-plāno?",
    ]
  `));
  it('a missing #anchor in a guideline, from its headings', () =>
    expect(lint('guideline-heading-anchor')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/guideline-heading-link.mdx:7:7 Lapā /vadlinijas/guideline-heading-anchor/ nav vietas #ka-sakt-tulit ([…](/vadlinijas/guideline-heading-anchor/#ka-sakt-tulit)): tajā ir #main, #toc-heading, #kā-sākt / The page /vadlinijas/guideline-heading-anchor/ has no #ka-sakt-tulit ([…](/vadlinijas/guideline-heading-anchor/#ka-sakt-tulit)): it has #main, #toc-heading, #kā-sākt",
    ]
  `));
  it('a relative link', () =>
    expect(lint('link-relative')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-relative.mdx:7:7 Saite ved uz lapu, kuras nav ([…](../cits-stasts/)): pārbaudiet adresi / The link leads to a page that does not exist ([…](../cits-stasts/)): check the address",
    ]
  `));
  it('a reference-style link', () =>
    expect(lint('link-reference')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-reference.mdx:9:1 Saite ved uz lapu, kuras nav ([v]: /vadlinijas/nav-tadas/): pārbaudiet adresi / The link leads to a page that does not exist ([v]: /vadlinijas/nav-tadas/): check the address",
    ]
  `));
  it('a JSX link', () =>
    expect(lint('link-jsx')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-jsx.mdx:7:7 Saite ved uz lapu, kuras nav (<a href="/par-iniciativu/nav/">): pārbaudiet adresi / The link leads to a page that does not exist (<a href="/par-iniciativu/nav/">): check the address",
    ]
  `));
  it('a link to a download that is not in public/', () =>
    expect(lint('link-download')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/link-download.mdx:7:17 Fails nav atrasts ([…](/downloads/plans.pdf)): pārbaudiet nosaukumu vai ielieciet failu public/downloads/plans.pdf / The file is not there ([…](/downloads/plans.pdf)): check the name or add the file as public/downloads/plans.pdf",
    ]
  `));
  it('a Latvian page linking into /en/', () =>
    expect(lint('lv-links-to-en')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/lv-links-to-en.mdx:7:7 Šī ir latviešu lapa, bet saite ved uz angļu lapu ([…](/en/centres/zilupe/)): rakstiet /centri/zilupe/ / This is a Latvian page, but the link leads to an English page ([…](/en/centres/zilupe/)): write /centri/zilupe/",
    ]
  `));
  it('an English page linking to a Latvian page', () =>
    expect(lint('en-links-to-lv')).toMatchInlineSnapshot(`
    [
      "content/stories/en/en-links-to-lv.mdx:7:5 Šī ir angļu lapa, bet saite ved uz latviešu lapu ([…](/stasti/en-links-to-lv/)): rakstiet /en/stories/en-links-to-lv/ / This is an English page, but the link leads to a Latvian page ([…](/stasti/en-links-to-lv/)): write /en/stories/en-links-to-lv/",
    ]
  `));
});
