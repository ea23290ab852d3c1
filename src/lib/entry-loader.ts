/**
 * The loader of every collection's MDX files. The linter has already proved each body safe; here each is
 * read with the linter's own frontmatter reader and parser, and rendered in one of two ways:
 * - a body that is plain Markdown (no JSX, no expression: every file but the contact pages) is rendered once,
 *   at content sync, by the site's Markdown processor (Sätteri with the site's plugins, as MDX uses) and kept
 *   with its digest in Astro's data store. It is never compiled into a JavaScript module, so a build does not
 *   bundle thousands of them, and an unchanged file is not rendered again;
 * - a body that uses a site component (`<ContactDetails />`) is left to @astrojs/mdx, compiled when rendered.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { MdastNode } from 'satteri';
import { contentRoot, entryId } from './content-root.ts';
import { nodes, parseBody } from './lint/body.ts';
import { readFrontmatter } from './lint/frontmatter.ts';

/** MDX nodes that only the MDX compiler can render: JSX elements, expressions, imports. */
const mdxOnly = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/** Whether a body needs the MDX compiler; a body the parser refuses never gets here (the linter stops the build). */
export function needsMdx(body: string): boolean {
  const parsed = parseBody(body);
  return !('tree' in parsed) || nodes(parsed.tree).some((node: MdastNode) => mdxOnly.has(node.type));
}

/** The store as the glob loader uses it: `addAssetImports` re-registers an unchanged entry's images. */
type Store = LoaderContext['store'] & { addAssetImports?: (assets: string[], filePath: string) => void };

/**
 * Reads every `.mdx` file of one collection (`content/stories/lv/x.mdx`); the id is that path. `keepBody`
 * keeps each entry's Markdown text as `entry.body`, for a collection whose pages read it.
 */
export function mdxEntries(collection: string, { keepBody = false } = {}): Loader {
  return {
    name: 'darbigas-kopienas:entries',
    load: async (context) => {
      const { config, store, watcher } = context;
      const folder = new URL(`${contentRoot.replace(/\/?$/, '/')}${collection}/`, config.root);
      // A collection with no folder yet (a new site, the benchmark's corpus without videos) has no entries.
      const files = (existsSync(folder) ? await readdir(folder, { recursive: true }) : [])
        .map((file) => file.split(sep).join('/'))
        .filter((file) => file.endsWith('.mdx'))
        .sort();
      const seen = new Set<string>();
      for (const file of files) seen.add(await syncEntry(context, collection, folder, file, keepBody));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // `astro dev`: an edited, added or deleted file is read again (the linter checked the files at start-up).
      const root = fileURLToPath(folder);
      const inCollection = (path: string) => path.endsWith('.mdx') && path.startsWith(root);
      const fileOf = (path: string) => relative(root, path).split(sep).join('/');
      const resync = (path: string) => {
        if (!inCollection(path)) return;
        syncEntry(context, collection, folder, fileOf(path), keepBody).catch((error: Error) =>
          context.logger.error(`${fileOf(path)}: ${error.message}`),
        );
      };
      watcher?.on('change', resync);
      watcher?.on('add', resync);
      watcher?.on('unlink', (path) => {
        if (inCollection(path)) store.delete(entryId(collection, fileOf(path)));
      });
    },
  };
}

/** Reads one file into the store, unless its text is unchanged since the last build; returns its id. */
async function syncEntry(
  context: LoaderContext,
  collection: string,
  folder: URL,
  file: string,
  keepBody: boolean,
): Promise<string> {
  const { config, parseData, renderMarkdown, generateDigest, logger } = context;
  const store = context.store as Store;
  const url = new URL(encodeURI(file), folder);
  const id = entryId(collection, file);
  const text = await readFile(url, 'utf8');
  const digest = generateDigest(text);
  const filePath = relative(fileURLToPath(config.root), fileURLToPath(url)).split(sep).join('/');
  const known = store.get(id);
  if (known?.digest === digest && known.filePath === filePath) {
    if (known.deferredRender) store.addModuleImport(filePath);
    if (known.assetImports?.length) store.addAssetImports?.(known.assetImports, filePath);
    return id;
  }
  const read = readFrontmatter(text);
  if (!('frontmatter' in read)) {
    logger.error(`${filePath}: the content check should have stopped the build`);
    return id;
  }
  const data = await parseData({ id, data: read.frontmatter.data, filePath: fileURLToPath(url) });
  // The raw text only where a page uses it: every kept byte is bundled into the build, about 40 times over in memory.
  const body = keepBody ? { body: read.body.replace(/^(?:\r?\n)+/, '') } : {};
  if (needsMdx(read.body)) {
    store.set({ id, data, ...body, filePath, digest, deferredRender: true });
    return id;
  }
  // The whole text: Astro's renderer takes the frontmatter off itself (a body may begin with a `---` rule).
  const rendered = await renderMarkdown(text, { fileURL: url });
  store.set({ id, data, ...body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
  return id;
}
