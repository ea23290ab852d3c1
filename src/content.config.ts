/**
 * Astro's view of the content: each collection reads its MDX files and validates them with the
 * schema from src/lib/fields/ (the one definition the linter, editor scripts and CMS also use).
 * The content linter (src/lib/lint/) has already checked every file before Astro reads any of them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, entryId } from './lib/content-root.ts';
import { collectionSchemas, type CollectionName } from './lib/fields/index.ts';

/** Reads every MDX file of one collection, e.g. `content/stories/lv/x.mdx`; the id is that path. */
const mdxFiles = (collection: string) =>
  glob({
    pattern: '**/*.mdx',
    base: `${contentRoot}/${collection}`,
    generateId: ({ entry }) => entryId(collection, entry),
  });

export const collections = {
  centres: defineCollection({ loader: mdxFiles('centres'), schema: collectionSchemas.centres }),
  guidelines: defineCollection({ loader: mdxFiles('guidelines'), schema: collectionSchemas.guidelines }),
  stories: defineCollection({ loader: mdxFiles('stories'), schema: collectionSchemas.stories }),
  // Called here, not passed on, so the entry type keeps Astro's image metadata for the poster.
  videos: defineCollection({ loader: mdxFiles('videos'), schema: ({ image }) => collectionSchemas.videos({ image }) }),
  pages: defineCollection({ loader: mdxFiles('pages'), schema: collectionSchemas.pages }),
} satisfies Record<CollectionName, unknown>;
