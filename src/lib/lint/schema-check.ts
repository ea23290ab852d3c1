/**
 * The frontmatter against its collection's schema (../fields/), each problem at the line of its key:
 * the field itself when it is there, its parent when it is missing, the first line when a top field is.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { z } from 'astro/zod';
import { collectionSchemas, nearestKey, type CollectionName } from '../fields/index.ts';
import { bilingual, unknownField } from '../editor-messages.ts';
import type { EntryData, Finding, Frontmatter } from './types.ts';

/** The linter's `image()`: a path to a file next to the entry (the images rule checks that it exists). */
const image = () => z.string({ error: () => '' }).regex(/^\.{1,2}\//);

// Built once per collection: making a schema costs far more than using it, and every file needs one.
const schemas = new Map<CollectionName, z.ZodObject>();
const schemaOf = (collection: CollectionName) =>
  schemas.get(collection) ?? schemas.set(collection, collectionSchemas[collection]({ image })).get(collection)!;

/** Parses the frontmatter; the data when it is right, else the problems at their lines. */
export function checkFields(
  collection: CollectionName,
  frontmatter: Frontmatter,
): { data?: EntryData; problems: Finding[] } {
  const result = schemaOf(collection).safeParse(frontmatter.data);
  if (result.success) return { data: result.data as unknown as EntryData, problems: [] };
  const problems = result.error.issues.flatMap((issue): Finding[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(collection, path);
      // `lng` where `lon` is missing: the one missing key is what the editor meant, however far the spelling.
      const missing = missingKeys(result.error.issues, path);
      return issue.keys.map((key) => ({
        line: lineOf(frontmatter, [...path, key]),
        message: unknownField(
          [...path, key].join('.'),
          nearestKey(key, allowed) ?? (missing.length === 1 ? missing[0] : undefined),
          allowed,
        ),
      }));
    }
    // Every rule gives its own bilingual message; this only guards against a rule added without one.
    const message = issue.message.includes(' / ')
      ? issue.message
      : bilingual(`Lauks "${path.join('.')}" ir nepareizs`, `The field "${path.join('.')}" is wrong`);
    return [{ line: lineOf(frontmatter, path), message }];
  });
  return { problems };
}

/** Required keys that are missing directly under `path`. */
function missingKeys(issues: readonly z.core.$ZodIssue[], path: string[]): string[] {
  return issues
    .filter(
      (i) =>
        i.code === 'invalid_type' &&
        i.input === undefined &&
        i.path.length === path.length + 1 &&
        path.every((p, k) => String(i.path[k]) === p),
    )
    .map((i) => String(i.path.at(-1)));
}

/** The keys a schema allows at a path (top level or one object down), for the unknown-key message. */
function allowedKeys(collection: CollectionName, path: string[]): string[] {
  let schema: z.ZodType = schemaOf(collection);
  for (const key of path) {
    const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
    schema = shape?.[key] ?? schema;
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
  }
  return Object.keys((schema as z.ZodObject).shape ?? {});
}

/** The file line of the deepest key of `path` that the frontmatter holds. */
export function lineOf(frontmatter: Frontmatter, path: readonly (string | number)[]): number {
  let node: Node | null | undefined = frontmatter.doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
      );
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0];
      node = item;
    } else break;
  }
  return offset === undefined ? 1 : frontmatter.lineCounter.linePos(offset).line + frontmatter.lineOffset;
}
