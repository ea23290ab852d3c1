/**
 * Astro's view of the content: each collection reads its MDX files and validates them with the
 * schema from src/lib/fields/ (the one definition the linter, editor scripts and CMS also use).
 * The content linter (src/lib/lint/) has already checked every file before Astro reads any of them;
 * plain-Markdown bodies are rendered at content sync, not compiled (src/lib/entry-loader.ts).
 */
import { defineCollection } from 'astro:content';
import { mdxEntries } from './lib/entry-loader.ts';
import { collectionSchemas, type CollectionName } from './lib/fields/index.ts';

export const collections = {
  centres: defineCollection({ loader: mdxEntries('centres'), schema: collectionSchemas.centres }),
  // Guidelines and videos keep their text: a guideline's sections are its HowTo steps, a video's text its transcript.
  guidelines: defineCollection({
    loader: mdxEntries('guidelines', { keepBody: true }),
    schema: collectionSchemas.guidelines,
  }),
  stories: defineCollection({ loader: mdxEntries('stories'), schema: collectionSchemas.stories }),
  // Called here, not passed on, so the entry type keeps Astro's image metadata for the poster.
  videos: defineCollection({
    loader: mdxEntries('videos', { keepBody: true }),
    schema: ({ image }) => collectionSchemas.videos({ image }),
  }),
  pages: defineCollection({ loader: mdxEntries('pages'), schema: collectionSchemas.pages }),
} satisfies Record<CollectionName, unknown>;
