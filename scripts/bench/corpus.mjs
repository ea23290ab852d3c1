/**
 * A synthetic bilingual content root that the schemas accept: N stories, N/10 guidelines and N/20
 * centres (at least one each), most in both languages, some in one only (so fallbacks are built
 * too), and a PNG with alt text in one entry of five.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makePng } from './images.mjs';
import { activities, places } from './words.mjs';
import * as words from './words.mjs';
import { body, frontmatter, random } from './text.mjs';

/** Which languages entry i of a collection is written in: mostly both, sometimes one only. */
function languagesOf(i) {
  if (i % 10 === 3) return ['lv'];
  if (i % 20 === 7) return ['en'];
  return ['lv', 'en'];
}

export async function writeCorpus(root, n, seed = 20260101) {
  const rng = random(seed);
  const sizes = { stories: n, guidelines: Math.max(1, Math.round(n / 10)), centres: Math.max(1, Math.round(n / 20)) };
  const counts = {};
  let entryNumber = 0;
  const pending = [];

  /** Writes one entry in each of its languages; `make(locale)` returns its frontmatter and body options. */
  const add = async (collection, slug, locales, make) => {
    const image = entryNumber++ % 5 === 0;
    const png = image ? await makePng(rng) : undefined;
    for (const locale of locales) {
      const dir = join(root, collection, locale);
      const { fields, text } = make(locale);
      const imageLine = png && `![${words[locale].imageAlt(text.place, text.activity)}](./${slug}.png)`;
      if (png) pending.push(writeFile(join(dir, `${slug}.png`), png));
      pending.push(
        writeFile(join(dir, `${slug}.mdx`), frontmatter(fields) + body(rng, locale, { ...text, image: imageLine })),
      );
      counts[collection] ??= { lv: 0, en: 0 };
      counts[collection][locale]++;
    }
    if (pending.length > 200) await Promise.all(pending.splice(0));
  };

  for (const collection of ['centres', 'guidelines', 'stories', 'pages']) {
    for (const locale of ['lv', 'en']) await mkdir(join(root, collection, locale), { recursive: true });
  }

  const centres = [];
  for (let i = 0; i < sizes.centres; i++) {
    const place = places[i % places.length];
    const round = Math.floor(i / places.length);
    const slug = round === 0 ? place.slug : `${place.slug}-${round + 1}`;
    const suffix = round === 0 ? '' : ` ${round + 1}`;
    centres.push({ slug, place });
    const position = {
      lat: +(place.lat + rng.next() * 0.04 - 0.02).toFixed(3),
      lon: +(place.lon + rng.next() * 0.04 - 0.02).toFixed(3),
    };
    const status = rng.pick(['working', 'setting-up', 'starting']);
    await add('centres', slug, i % 5 === 4 ? ['lv'] : ['lv', 'en'], (locale) => ({
      fields: {
        title: words[locale].centreTitle(place) + suffix,
        description: words[locale].centreDescription(place),
        municipality: place.county,
        municipalitySince2021: place.since2021,
        status,
        position,
        topics: [rng.pick(words[locale].topics), rng.pick(words[locale].topics)].filter(
          (t, k, all) => all.indexOf(t) === k,
        ),
      },
      text: { place, activity: rng.pick(activities), sections: 2 },
    }));
  }

  for (let i = 0; i < sizes.guidelines; i++) {
    const activity = activities[i % activities.length];
    const slug = `${activity.slug}-${i + 1}`;
    const audience = rng.pick(['teachers', 'community', 'both']);
    await add('guidelines', slug, i % 10 === 9 ? ['lv'] : ['lv', 'en'], (locale) => ({
      fields: {
        title: `${words[locale].guidelineTitle(activity)} ${i + 1}`,
        description: words[locale].guidelineDescription(activity),
        order: i + 1,
        audience,
        topics: [rng.pick(words[locale].topics)],
      },
      text: { place: rng.pick(places), activity, sections: 7, gfmExtras: i % 2 === 0 },
    }));
  }

  for (let i = 0; i < sizes.stories; i++) {
    const centre = centres[i % centres.length];
    const second = centres[(i * 7 + 3) % centres.length];
    const activity = rng.pick(activities);
    const slug = `${centre.slug}-${activity.slug}-${i + 1}`;
    const date = new Date(Date.UTC(2019, 0, 1) + rng.int(0, 4 * 365) * 86_400_000).toISOString().slice(0, 10);
    const storyCentres = i % 4 === 0 && second.slug !== centre.slug ? [centre.slug, second.slug] : [centre.slug];
    await add('stories', slug, languagesOf(i), (locale) => ({
      fields: {
        title: `${words[locale].storyTitle(centre.place, activity)} ${i + 1}`,
        description: words[locale].storyDescription(centre.place, activity),
        centres: storyCentres,
        date,
        topics: [rng.pick(words[locale].topics)],
      },
      text: { place: centre.place, activity, sections: 4, gfmExtras: i % 10 === 0 },
    }));
  }

  const pageTitles = {
    about: { lv: 'Par iniciatīvu', en: 'About' },
    accessibility: { lv: 'Piekļūstamības paziņojums', en: 'Accessibility statement' },
  };
  for (const [page, title] of Object.entries(pageTitles)) {
    await add('pages', page, ['lv', 'en'], (locale) => ({
      fields: { title: title[locale], description: `${title[locale]}: Darbīgās kopienas.` },
      text: { place: places[0], activity: activities[0], sections: 2 },
    }));
  }
  await Promise.all(pending);
  return { sizes, counts };
}
