import { describe, expect, it } from 'vitest';
import { lintCase } from './helpers.ts';
import { fieldCases } from './frontmatter-cases.ts';

const field = (id: keyof typeof fieldCases) => lintCase(fieldCases[id].files);

describe('a wrong field is named at its line, in both languages, with no zod default text', () => {
  it('a missing title', () =>
    expect(field('missing-title')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/missing-title.mdx:1 Trūkst lauka "title": ierakstiet virsrakstu, piemēram title: "Daugavpils centrs" / The field "title" is missing: add the title, for example title: "Daugavpils centrs"",
    ]
  `));
  it('an empty title', () =>
    expect(field('empty-title')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/empty-title.mdx:2 Lauks "title" ir nepareizs (""): vajag virsrakstu, piemēram title: "Daugavpils centrs" / The field "title" is wrong (""): it must be the title, for example title: "Daugavpils centrs"",
    ]
  `));
  it('a description over 200 characters', () =>
    expect(field('long-description')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/long-description.mdx:3 Lauks "description" ir garāks par 200 zīmēm: saīsiniet to / The field "description" is longer than 200 characters: shorten it",
    ]
  `));
  it('an unknown key close to a known one', () =>
    expect(field('unknown-key-near')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unknown-key-near.mdx:6 Nezināms lauks "drafts": vai domājāt "draft"? / Unknown field "drafts": did you mean "draft"?",
    ]
  `));
  it('an unknown key like no known one', () =>
    expect(field('unknown-key-far')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/unknown-key-far.mdx:6 Nezināms lauks "colour": atļautie lauki ir title, description, slug, draft, topics, centres, date / Unknown field "colour": the fields allowed here are title, description, slug, draft, topics, centres, date",
    ]
  `));
  it('draft that is not true or false', () =>
    expect(field('draft-not-boolean')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/draft-not-boolean.mdx:6 Lauks "draft" ir nepareizs ("jā"): vajag true (melnraksts, netiek publicēts) vai false, piemēram draft: true / The field "draft" is wrong ("jā"): it must be true (a draft, not published) or false, for example draft: true",
    ]
  `));
  it('topics that are not a list', () =>
    expect(field('topics-not-list')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/topics-not-list.mdx:6 Lauks "topics" ir nepareizs ("datorprasmes"): vajag tēmas no saraksta src/lib/topics.ts, piemēram topics: [paaudzu-sadarbiba] / The field "topics" is wrong ("datorprasmes"): it must be topics from the list in src/lib/topics.ts, for example topics: [paaudzu-sadarbiba]",
    ]
  `));
  it('a topic that is not in the topic list', () =>
    expect(field('topic-unknown')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/topic-unknown.mdx:6 Tēma "paaudžu sadarbība" nav tēmu sarakstā (src/lib/topics.ts): izmantojiet kādu no šiem: vieteja-kopiena (vietējā kopiena), kopienu-resursu-centri (Kopienu resursu centri), lidzdaliba (līdzdalība), kopienas-stiprinasana (kopienas stiprināšana), kopienas-iesaiste (kopienas iesaiste), dzivesvietas-sakopsana (dzīvesvietas sakopšana), praktiskas-prasmes (praktiskās prasmes), briva-daba (brīvā daba), paaudzu-sadarbiba (paaudžu sadarbība), kulturas-mantojums (nemateriālais kultūras mantojums), gimenu-iesaiste (ģimeņu iesaiste), vecaki (vecāki), jauniesi (jaunieši), izglitibas-iestazu-sadarbiba (izglītības iestāžu sadarbība), pedagogi-kopiena (pedagogi kopienā), socialais-atbalsts (sociālais atbalsts), digitalas-prasmes (digitālās prasmes), satiksanas-vieta (satikšanās vieta), sociala-uznemejdarbiba (sociālā uzņēmējdarbība), uznemejspeja (uzņēmējspēja), ilgtspeja (ilgtspēja), pasvaldiba (pašvaldība), nvo (NVO), mediji (mediji), partneriba (partnerība), mobilizesanas-pasakumi (mobilizēšanas un aktivizēšanas pasākumi) / The topic "paaudžu sadarbība" is not in the topic list (src/lib/topics.ts): use one of: vieteja-kopiena (local community), kopienu-resursu-centri (Community Resource Centres), lidzdaliba (participation), kopienas-stiprinasana (a stronger community), kopienas-iesaiste (community involvement), dzivesvietas-sakopsana (caring for the home area), praktiskas-prasmes (practical skills), briva-daba (outdoors), paaudzu-sadarbiba (cooperation between generations), kulturas-mantojums (intangible cultural heritage), gimenu-iesaiste (family involvement), vecaki (parents), jauniesi (young people), izglitibas-iestazu-sadarbiba (cooperation between schools), pedagogi-kopiena (teachers in the community), socialais-atbalsts (social support), digitalas-prasmes (digital skills), satiksanas-vieta (a place to meet), sociala-uznemejdarbiba (social entrepreneurship), uznemejspeja (entrepreneurship), ilgtspeja (sustainability), pasvaldiba (municipality), nvo (NGOs), mediji (media), partneriba (partnership), mobilizesanas-pasakumi (mobilisation and activation events)",
    ]
  `));
  it('a video with no source', () =>
    expect(field('video-source-missing')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/video-source-missing.mdx:1 Trūkst lauka "source": ierakstiet video avotu: kind file ar file, vai kind youtube/vimeo ar id, piemēram source: { kind: file, file: /videos/x.webm } / The field "source" is missing: add the video source: kind file with file, or kind youtube/vimeo with id, for example source: { kind: file, file: /videos/x.webm }",
    ]
  `));
  it('a video source of a kind the site does not play', () =>
    expect(field('video-source-kind')).toMatchInlineSnapshot(`
    [
      "content/videos/lv/video-source-kind.mdx:4 Lauks "source.kind" ir nepareizs ("tiktok"): vajag file, youtube vai vimeo, piemēram kind: youtube / The field "source.kind" is wrong ("tiktok"): it must be file, youtube or vimeo, for example kind: youtube",
    ]
  `));
  it('a date not written as YYYY-MM-DD', () =>
    expect(field('date-format')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/date-format.mdx:5 Lauks "date" ir nepareizs ("24.11.2026"): vajag īstu datumu formā GGGG-MM-DD, piemēram date: 2026-11-24 / The field "date" is wrong ("24.11.2026"): it must be a real date as YYYY-MM-DD, for example date: 2026-11-24",
    ]
  `));
  it('a day that does not exist', () =>
    expect(field('date-impossible')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/date-impossible.mdx:5 Lauks "date" ir nepareizs ("2026-02-30"): vajag īstu datumu formā GGGG-MM-DD, piemēram date: 2026-11-24 / The field "date" is wrong ("2026-02-30"): it must be a real date as YYYY-MM-DD, for example date: 2026-11-24",
    ]
  `));
  it('a day that does not exist, in a CRLF file', () =>
    expect(field('date-impossible-crlf')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/date-impossible-crlf.mdx:5 Lauks "date" ir nepareizs ("2021-02-30"): vajag īstu datumu formā GGGG-MM-DD, piemēram date: 2026-11-24 / The field "date" is wrong ("2021-02-30"): it must be a real date as YYYY-MM-DD, for example date: 2026-11-24",
    ]
  `));
  it('a story with no centre', () =>
    expect(field('centres-empty')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/centres-empty.mdx:4 Lauks "centres" ir nepareizs ([]): vajag vismaz vienu centru pēc tā faila nosaukuma, piemēram centres: ["daugavpils"] / The field "centres" is wrong ([]): it must be at least one centre by its file name, for example centres: ["daugavpils"]",
    ]
  `));
  it('a centre named with a capital letter, at its list item', () =>
    expect(field('centres-capitals')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/centres-capitals.mdx:5 Lauks "centres" ir nepareizs ("Zilupe"): vajag vismaz vienu centru pēc tā faila nosaukuma, piemēram centres: ["daugavpils"] / The field "centres" is wrong ("Zilupe"): it must be at least one centre by its file name, for example centres: ["daugavpils"]",
    ]
  `));
  it('a slug with spaces and diacritics', () =>
    expect(field('slug-invalid')).toMatchInlineSnapshot(`
    [
      "content/stories/lv/slug-invalid.mdx:6 Lauks "slug" ir nepareizs ("Mans Stāsts"): vajag adresi ar mazajiem burtiem bez garumzīmēm, cipariem un defisēm, piemēram slug: gimenu-iesaiste / The field "slug" is wrong ("Mans Stāsts"): it must be an address of lower-case letters without diacritics, digits and hyphens, for example slug: gimenu-iesaiste",
    ]
  `));
  it('a centre status outside the list', () =>
    expect(field('centre-status')).toMatchInlineSnapshot(`
    [
      "content/centres/lv/centre-status.mdx:6 Lauks "status" ir nepareizs ("open"): vajag working, setting-up vai starting, piemēram status: working / The field "status" is wrong ("open"): it must be working, setting-up or starting, for example status: working",
    ]
  `));
  it('a position outside Latgale', () =>
    expect(field('centre-outside-latgale')).toMatchInlineSnapshot(`
    [
      "content/centres/lv/centre-outside-latgale.mdx:10 Lauks "position.lon" ir nepareizs (24.1): vajag garumu grādos Latgalē (25.7–28.3), piemēram lon: 28.12 / The field "position.lon" is wrong (24.1): it must be longitude in degrees inside Latgale (25.7–28.3), for example lon: 28.12",
    ]
  `));
  it('an unknown key inside position', () =>
    expect(field('centre-position-unknown-key')).toMatchInlineSnapshot(`
    [
      "content/centres/lv/centre-position-unknown-key.mdx:8 Trūkst lauka "position.lon": ierakstiet garumu grādos Latgalē (25.7–28.3), piemēram lon: 28.12 / The field "position.lon" is missing: add longitude in degrees inside Latgale (25.7–28.3), for example lon: 28.12",
      "content/centres/lv/centre-position-unknown-key.mdx:10 Nezināms lauks "position.lng": vai domājāt "lon"? / Unknown field "position.lng": did you mean "lon"?",
    ]
  `));
  it('a guideline order that is not a whole number', () =>
    expect(field('guideline-order')).toMatchInlineSnapshot(`
    [
      "content/guidelines/lv/guideline-order.mdx:4 Lauks "order" ir nepareizs (1.5): vajag vietu rokasgrāmatā kā veselu skaitli no 1, piemēram order: 3 / The field "order" is wrong (1.5): it must be the place in the handbook as a whole number from 1, for example order: 3",
    ]
  `));
  it('a guideline audience outside the list', () =>
    expect(field('guideline-audience')).toMatchInlineSnapshot(`
    [
      "content/guidelines/lv/guideline-audience.mdx:5 Lauks "audience" ir nepareizs ("skolotāji"): vajag teachers, community vai both, piemēram audience: teachers / The field "audience" is wrong ("skolotāji"): it must be teachers, community or both, for example audience: teachers",
    ]
  `));
});
