/**
 * Schema.org descriptions of pages (JSON-LD in each page's head), from the content's own fields: the
 * initiative as a Project with its implementer and funder, stories as Article, guidelines as HowTo
 * with their sections as steps, centres as Place with their approximate position, videos as
 * VideoObject with transcript and duration, and the path to an entry as a BreadcrumbList.
 */
export type JsonLd = Record<string, unknown>;

/** What the sources say of the initiative, in the page's language. */
export interface Initiative {
  name: string;
  alternateName: string;
  url: string;
  description: string;
  implementer: string;
  funder: string;
  funderUrl: string;
  area: string;
}

/** The initiative: run by its implementer, funded by its partner, in Latgale. */
export function projectLd(i: Initiative): JsonLd {
  return {
    '@type': 'Project',
    '@id': `${i.url}#initiative`,
    name: i.name,
    alternateName: i.alternateName,
    url: i.url,
    description: i.description,
    parentOrganization: { '@type': 'Organization', name: i.implementer },
    funder: { '@type': 'Organization', name: i.funder, url: i.funderUrl },
    areaServed: { '@type': 'Place', name: i.area, containedInPlace: { '@type': 'Country', name: 'Latvia' } },
  };
}

interface Page {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  image: string;
  initiativeId: string;
}

const about = (p: Page) => ({
  name: p.name,
  description: p.description,
  url: p.url,
  inLanguage: p.inLanguage,
  image: p.image,
});

export function articleLd(p: Page, published: Date, about2: string[]): JsonLd {
  return {
    '@type': 'Article',
    headline: p.name,
    ...about(p),
    datePublished: published.toISOString().slice(0, 10),
    publisher: { '@id': p.initiativeId },
    author: { '@id': p.initiativeId },
    about: about2.map((name) => ({ '@type': 'Place', name })),
  };
}

/** Markdown as the words a reader reads: no markup, links as their text, one space between words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|[-*+]\s+(\[[ xX]\]\s+)?|\d+\.\s+|>\s?|\|)/gm, '')
    .replace(/[*_`|]|\[\^\w+\]:?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A guideline's `## ` sections, in order, as its steps: the heading and the section's text. */
export function guidelineSteps(body: string): { name: string; text: string }[] {
  const parts = body.split(/^##[ \t]+/m).slice(1);
  return parts.map((part) => {
    const [heading = '', ...rest] = part.split('\n');
    const text = plainText(rest.join('\n'));
    return {
      name: plainText(heading),
      text: text.length > 500 ? `${text.slice(0, 497)}…` : text || plainText(heading),
    };
  });
}

export function howToLd(p: Page, steps: { name: string; text: string }[], audience: string): JsonLd {
  return {
    '@type': ['HowTo', 'LearningResource'],
    ...about(p),
    learningResourceType: 'guideline',
    audience: { '@type': 'Audience', audienceType: audience },
    publisher: { '@id': p.initiativeId },
    step: steps.map((step, i) => ({ '@type': 'HowToStep', position: i + 1, ...step })),
  };
}

/** A centre with its approximate position (none when the source gives no place). */
export function placeLd(p: Page, region: string, position?: { lat: number; lon: number }): JsonLd {
  return {
    '@type': 'Place',
    ...about(p),
    address: { '@type': 'PostalAddress', addressRegion: region, addressCountry: 'LV' },
    ...(position ? { geo: { '@type': 'GeoCoordinates', latitude: position.lat, longitude: position.lon } } : {}),
  };
}

/** "1:45" as ISO 8601, "PT1M45S". */
export function isoDuration(minutesSeconds: string): string {
  const [m, s] = minutesSeconds.split(':').map(Number);
  return `PT${m}M${s}S`;
}

export function videoLd(
  p: Page,
  v: {
    duration: string;
    transcript: string;
    thumbnail: string;
    contentUrl?: string | undefined;
    embedUrl?: string | undefined;
  },
): JsonLd {
  return {
    '@type': 'VideoObject',
    ...about(p),
    duration: isoDuration(v.duration),
    transcript: v.transcript,
    thumbnailUrl: v.thumbnail,
    publisher: { '@id': p.initiativeId },
    ...(v.contentUrl ? { contentUrl: v.contentUrl } : {}),
    ...(v.embedUrl ? { embedUrl: v.embedUrl } : {}),
  };
}

export function breadcrumbLd(trail: { name: string; url: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: t.url })),
  };
}

export function webPageLd(p: Page): JsonLd {
  return { '@type': 'WebPage', ...about(p), isPartOf: { '@id': p.initiativeId } };
}

/** One JSON-LD document for the head, safe inside <script>: no `</` can close it early. */
export function jsonLdText(graph: JsonLd[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}
