/** Where content lives. Tests and the benchmark point CONTENT_ROOT at a folder of their own. */
export const contentRoot: string = process.env.CONTENT_ROOT ?? './content';

/** An entry's id is its file path as an editor sees it, so that every build error names the file. */
export function entryId(collection: string, entry: string): string {
  const root = contentRoot.replace(/^\.\//, '').replace(/\/$/, '');
  return `${root}/${collection}/${entry}`;
}
