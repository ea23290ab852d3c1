/**
 * The one controlled list of topics. Entries name topics by slug (`topics: [paaudzu-sadarbiba]`), so a
 * translation carries the same slugs as its original and both languages browse the same topic pages;
 * the labels are what readers see. The content schema, the topic pages and the editor script read it here.
 */
import type { Locale } from '../i18n/index.ts';

/** Slug (the URL word, same in both languages) with its Latvian and English label. */
export const topics = {
  'vieteja-kopiena': { lv: 'vietējā kopiena', en: 'local community' },
  'kopienu-resursu-centri': { lv: 'Kopienu resursu centri', en: 'Community Resource Centres' },
  lidzdaliba: { lv: 'līdzdalība', en: 'participation' },
  'kopienas-stiprinasana': { lv: 'kopienas stiprināšana', en: 'a stronger community' },
  'kopienas-iesaiste': { lv: 'kopienas iesaiste', en: 'community involvement' },
  'dzivesvietas-sakopsana': { lv: 'dzīvesvietas sakopšana', en: 'caring for the home area' },
  'praktiskas-prasmes': { lv: 'praktiskās prasmes', en: 'practical skills' },
  'briva-daba': { lv: 'brīvā daba', en: 'outdoors' },
  'paaudzu-sadarbiba': { lv: 'paaudžu sadarbība', en: 'cooperation between generations' },
  'kulturas-mantojums': { lv: 'nemateriālais kultūras mantojums', en: 'intangible cultural heritage' },
  'gimenu-iesaiste': { lv: 'ģimeņu iesaiste', en: 'family involvement' },
  vecaki: { lv: 'vecāki', en: 'parents' },
  jauniesi: { lv: 'jaunieši', en: 'young people' },
  'izglitibas-iestazu-sadarbiba': { lv: 'izglītības iestāžu sadarbība', en: 'cooperation between schools' },
  'pedagogi-kopiena': { lv: 'pedagogi kopienā', en: 'teachers in the community' },
  'socialais-atbalsts': { lv: 'sociālais atbalsts', en: 'social support' },
  'digitalas-prasmes': { lv: 'digitālās prasmes', en: 'digital skills' },
  'satiksanas-vieta': { lv: 'satikšanās vieta', en: 'a place to meet' },
  'sociala-uznemejdarbiba': { lv: 'sociālā uzņēmējdarbība', en: 'social entrepreneurship' },
  uznemejspeja: { lv: 'uzņēmējspēja', en: 'entrepreneurship' },
  ilgtspeja: { lv: 'ilgtspēja', en: 'sustainability' },
  pasvaldiba: { lv: 'pašvaldība', en: 'municipality' },
  nvo: { lv: 'NVO', en: 'NGOs' },
  mediji: { lv: 'mediji', en: 'media' },
  partneriba: { lv: 'partnerība', en: 'partnership' },
  'mobilizesanas-pasakumi': { lv: 'mobilizēšanas un aktivizēšanas pasākumi', en: 'mobilisation and activation events' },
} as const satisfies Record<string, Record<Locale, string>>;

export type TopicSlug = keyof typeof topics;

/** Every slug, in the list's order, for the schema's enum and the error that names them. */
export const topicSlugs = Object.keys(topics) as [TopicSlug, ...TopicSlug[]];

export function isTopic(value: string): value is TopicSlug {
  return Object.hasOwn(topics, value);
}

/** What a reader of a language sees for a topic. */
export function topicLabel(slug: TopicSlug, locale: Locale): string {
  return topics[slug][locale];
}
