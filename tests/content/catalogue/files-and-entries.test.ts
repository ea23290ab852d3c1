import { describe, expect, it } from 'vitest';
import { lintCase } from './helpers.ts';
import { fileCases } from './files-cases.ts';
import { crossEntryCases } from './cross-entry-cases.ts';

const file = (id: keyof typeof fileCases) => lintCase(fileCases[id].files);
const cross = (id: keyof typeof crossEntryCases) => lintCase(crossEntryCases[id].files);

describe('a file no collection reads says where it should go', () => {
  it('a .md file', () =>
    expect(file('md-extension')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/md-extension.md:1 Fails ar paplašinājumu .md netiek lasīts: pārdēvējiet to par md-extension.mdx / A file ending in .md is not read: rename it to md-extension.mdx",
    ]
  `));
  it('a misspelt collection folder', () =>
    expect(file('misspelt-folder')).toMatchInlineSnapshot(`
    [
      "content/story/lv/misspelt-folder.mdx:1 Mape content/story/ nav kolekcija, un tās failus neviens nelasa: pārvietojiet tos uz content/stories/ / The folder content/story/ is not a collection, and nothing reads its files: move them into content/stories/",
    ]
  `));
  it('a file outside the language folders', () =>
    expect(file('no-language-folder')).toMatchInlineSnapshot(`
    [
      "content/stories/no-language-folder.mdx:1 Fails jāliek mapē content/stories/lv/ (latviski) vai content/stories/en/ (angliski) / Put the file in content/stories/lv/ (Latvian) or content/stories/en/ (English)",
    ]
  `));
  it('a language the site does not have', () =>
    expect(file('unknown-language-folder')).toMatchInlineSnapshot(`
    [
      "content/stories/de/unknown-language-folder.mdx:1 Fails jāliek mapē content/stories/lv/ (latviski) vai content/stories/en/ (angliski) / Put the file in content/stories/lv/ (Latvian) or content/stories/en/ (English)",
    ]
  `));
  it('a file name with capitals, a space and diacritics', () =>
    expect(file('file-name-diacritics')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/Ģimeņu diena.mdx:1 Faila nosaukums kļūst par lapas adresi, tāpēc tajā drīkst būt tikai mazie burti bez garumzīmēm, cipari un defises: pārdēvējiet to par gimenu-diena.mdx / The file name becomes the page's address, so it may hold only lower-case letters without diacritics, digits and hyphens: rename it to gimenu-diena.mdx",
    ]
  `));
  it('a stray file in a collection', () =>
    expect(file('stray-file')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/piezimes.txt:1 Šo failu neviens nelasa: lejupielādes liek mapē public/downloads/ un saista kā /downloads/piezimes.txt / Nothing reads this file: downloads go into public/downloads/ and are linked as /downloads/piezimes.txt",
    ]
  `));
  it('a stray file at the top of content/', () =>
    expect(file('stray-root-file')).toMatchInlineSnapshot(`
    [
      "content/README.md:1 Šis fails nav nevienā kolekcijā: ieraksti ir mapēs content/centres/lv/, content/guidelines/lv/, content/stories/lv/, content/videos/lv/, content/pages/lv/ / This file is in no collection: entries go into the folders content/centres/lv/, content/guidelines/lv/, content/stories/lv/, content/videos/lv/, content/pages/lv/",
    ]
  `));
  it('an image no entry shows', () =>
    expect(file('unused-image')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/neizmantots.png:1 Neviens ieraksts šo attēlu nerāda: ievietojiet to tekstā ar ![apraksts](./nosaukums.png) vai izdzēsiet failu / No entry shows this image: put it in a text with ![description](./name.png) or delete the file",
    ]
  `));
  it('content/contact.json with a phone number the page cannot dial', () =>
    expect(file('contact-phone')).toMatchInlineSnapshot(`
    [
      "content/contact.json:10 Lauks "contactPerson.phone" ir nepareizs ("+371 65235635"): vajag tālruņa numuru ar 8 cipariem, bez +371, piemēram "phone": "65235635" / The field "contactPerson.phone" is wrong ("+371 65235635"): it must be the phone number as 8 digits, without +371, for example "phone": "65235635"",
    ]
  `));
  it('a page the site has no address for', () =>
    expect(file('unknown-page')).toMatchInlineSnapshot(`
    [
      "content/pages/lv/jaunumi.mdx:1 Lapu mapē ir tikai šie faili: about, contact, accessibility / The pages folder holds only these files: about, contact, accessibility",
    ]
  `));
});

describe('videos name files that exist and sources the schema knows', () => {
  it('video, captions and poster files missing', () =>
    expect(file('video-files-missing')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/video-files-missing.mdx:4 Fails nav atrasts (source.file: /videos/nav.webm): pārbaudiet nosaukumu vai ielieciet failu public/videos/nav.webm / The file is not there (source.file: /videos/nav.webm): check the name or add the file as public/videos/nav.webm",
      "content/videos/lv/video-files-missing.mdx:5 Fails nav atrasts (captions: /videos/nav.lv.vtt): pārbaudiet nosaukumu vai ielieciet failu public/videos/nav.lv.vtt / The file is not there (captions: /videos/nav.lv.vtt): check the name or add the file as public/videos/nav.lv.vtt",
      "content/videos/lv/video-files-missing.mdx:7 Fails nav atrasts (poster.src: ./nav.png): pārbaudiet nosaukumu vai ielieciet failu ./nav.png / The file is not there (poster.src: ./nav.png): check the name or add the file as ./nav.png",
    ]
  `));
  it('a source kind the site cannot play', () =>
    expect(file('video-kind-unknown')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/video-kind-unknown.mdx:4 Lauks "source.kind" ir nepareizs ("tiktok"): vajag file, youtube vai vimeo, piemēram kind: youtube / The field "source.kind" is wrong ("tiktok"): it must be file, youtube or vimeo, for example kind: youtube",
    ]
  `));
  it('a whole address where the YouTube id belongs', () =>
    expect(file('video-youtube-id')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/video-youtube-id.mdx:4 Lauks "source.id" ir nepareizs ("https://youtu.be/x"): vajag YouTube video id no tā adreses, piemēram id: dQw4w9WgXcQ / The field "source.id" is wrong ("https://youtu.be/x"): it must be the YouTube video id from its address, for example id: dQw4w9WgXcQ",
    ]
  `));
  it('a poster without alt text and a duration in seconds', () =>
    expect(file('video-poster-alt')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/video-poster-alt.mdx:6 Trūkst lauka "poster.alt": ierakstiet attēla aprakstu neredzīgiem lasītājiem, piemēram alt: "Slaids ar nosaukumu" / The field "poster.alt" is missing: add a description of the image for blind readers, for example alt: "Slaids ar nosaukumu"",
      "content/videos/lv/video-poster-alt.mdx:7 Lauks "duration" ir nepareizs (90): vajag ilgumu formā M:SS pēdiņās, piemēram duration: "1:45" / The field "duration" is wrong (90): it must be the length as M:SS in quotes, for example duration: "1:45"",
    ]
  `));
});

describe('entries agree with each other', () => {
  it('a centre that does not exist, at its list item', () =>
    expect(cross('centre-reference-missing')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/centre-reference-missing.mdx:6 Nav ieraksta "ludza" mapē content/centres: izmantojiet kādu no šiem: zilupe / There is no entry "ludza" in content/centres: use one of: zilupe",
    ]
  `));
  it('a guideline that does not exist', () =>
    expect(cross('guideline-reference-missing')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/guideline-reference-missing.mdx:8 Nav ieraksta "nav-tadas" mapē content/guidelines: tur vēl nav neviena ieraksta, izdzēsiet to / There is no entry "nav-tadas" in content/guidelines: it holds no entries yet, delete it",
    ]
  `));
  it('a translation naming other centres than its original', () =>
    expect(cross('translation-references')).toMatchInlineSnapshot(`
    [
      "content/stories/en/translation-references.mdx:4 Tulkojumā lauks "centres" ir [preili, zilupe], bet oriģinālā content/stories/lv/translation-references.mdx [zilupe]: rakstiet tos pašus / The translation's "centres" is [preili, zilupe], but the original content/stories/lv/translation-references.mdx has [zilupe]: write the same",
    ]
  `));
  it('two entries with the same title', () =>
    expect(cross('duplicate-title')).toMatchInlineSnapshot(`
    [
      "content/guidelines/lv/duplicate-title-b.mdx:2 Virsraksts "Kopienas mobilizēšana" jau ir content/guidelines/lv/duplicate-title-a.mdx: lasītāji un meklēšana tos nevarētu atšķirt, izvēlieties citu / The title "Kopienas mobilizēšana" is already used by content/guidelines/lv/duplicate-title-a.mdx: readers and search could not tell them apart, choose another",
    ]
  `));
  it('two entries with the same address', () =>
    expect(cross('duplicate-address')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/duplicate-address-b.mdx:6 Šai lapai būtu tā pati adrese, kas content/stories/lv/duplicate-address-a.mdx: dodiet failam citu nosaukumu vai citu "slug" / This page would have the same address as content/stories/lv/duplicate-address-a.mdx: give the file another name or another "slug"",
    ]
  `));
  it('two guidelines in the same place of the handbook', () =>
    expect(cross('duplicate-order')).toMatchInlineSnapshot(`
    [
      "content/guidelines/lv/duplicate-order-b.mdx:4 Kārtas numurs 9 jau ir content/guidelines/lv/duplicate-order-a.mdx: izvēlieties citu / Order 9 is already used by content/guidelines/lv/duplicate-order-a.mdx: choose another",
    ]
  `));
  it('a deleted centre named once, with every file that names it', () =>
    expect(cross('deleted-centre-named')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/deleted-centre-a.mdx:4 Nav ieraksta "kraslava" mapē content/centres (ja tas izdzēsts vai pārdēvēts, atjaunojiet to), bet to min šie faili: content/stories/lv/deleted-centre-a.mdx:4, content/stories/lv/deleted-centre-b.mdx:4: izmantojiet kādu no šiem: zilupe / There is no entry "kraslava" in content/centres (if it was deleted or renamed, restore it), but these files name it: content/stories/lv/deleted-centre-a.mdx:4, content/stories/lv/deleted-centre-b.mdx:4: use one of: zilupe",
    ]
  `));
  it('a deleted page named once, with every file that links to it', () =>
    expect(cross('deleted-page-linked')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/deleted-page-a.mdx:7:7 Lapas /stasti/izdzests/ (content/stories/lv/izdzests.mdx) nav: ja tā izdzēsta vai pārdēvēta, atjaunojiet to vai izlabojiet saites uz to šajos failos: content/stories/lv/deleted-page-a.mdx:7, content/stories/lv/deleted-page-b.mdx:9 / The page /stasti/izdzests/ (content/stories/lv/izdzests.mdx) does not exist: if it was deleted or renamed, restore it or change the links to it in these files: content/stories/lv/deleted-page-a.mdx:7, content/stories/lv/deleted-page-b.mdx:9",
    ]
  `));
});
