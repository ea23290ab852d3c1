/**
 * Frontmatter written the way editors write it: strings in double quotes (a title may hold a colon),
 * lists and objects on one line, and `date` bare, since the build reads it as typed to catch
 * 2026-02-30. `npm run new` and the benchmark's corpus (scripts/bench/) write their files with it.
 */

/** A value as YAML: a JSON string is a valid double-quoted YAML string, so no text can break the frontmatter. */
function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${yamlValue(inner)}`)
      .join(', ')} }`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** One `key: value` line per field, in the order given. */
export function frontmatterLines(fields: Record<string, unknown>): string[] {
  return Object.entries(fields).map(([key, value]) =>
    key === 'date' ? `date: ${String(value)}` : `${key}: ${yamlValue(value)}`,
  );
}
