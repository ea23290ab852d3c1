/**
 * Turns one collection's zod schema (src/lib/fields/) into Sveltia CMS fields, so that a field added
 * to a schema appears in the form with no second edit: its name, widget, required flag, options,
 * pattern and Latvian hint all come from the schema and its `.meta({ help })`.
 */
import type { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import { bilingual, type FieldHelp } from '../editor-messages.ts';

/** What the walker needs to know beyond a schema: the other collections, for relation pickers. */
export interface WidgetContext {
  /** Collection names: a list of slugs named like one (`centres`) picks entries of it by title. */
  collections: readonly string[];
}

/** Marks the schema that Astro's `image()` stands for, so the walker draws an upload with preview. */
export const imageMarker = { cmsWidget: 'image' } as const;

type Schema = z.core.$ZodType;
type Def = Record<string, any> & { type: string };
const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;
const metaOf = (schema: Schema) =>
  (schema as unknown as z.ZodType).meta?.() as (Record<string, unknown> & { help?: FieldHelp }) | undefined;
const checksOf = (schema: Schema) =>
  ((defOf(schema).checks ?? []) as { _zod: { def: Record<string, any> } }[]).map((check) => check._zod.def);

/** A field's hint, in the words the build's error messages use (editor-messages.ts). */
export function hintOf(help: FieldHelp | undefined): string | undefined {
  return help && `Vajag ${help.lv}, piemēram \`${help.example}\`.`;
}

/** Peels optional/default wrappers: the schema underneath, whether an editor may leave it out, its default. */
function unwrap(schema: Schema): {
  inner: Schema;
  required: boolean;
  fallback?: unknown;
  help?: FieldHelp | undefined;
  marks: Record<string, unknown>;
} {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  let help: FieldHelp | undefined;
  const marks: Record<string, unknown> = {};
  for (;;) {
    const meta = metaOf(inner);
    help ??= meta?.help;
    Object.assign(marks, meta);
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
    } else if (def.type === 'pipe' && defOf(def.out).type === 'transform') {
      inner = def.in; // a date read as text and turned into a Date: the editor writes the text
      continue;
    } else break;
    inner = def.innerType;
  }
  return { inner, required, fallback, help, marks };
}

const isDate = (schema: Schema): boolean => {
  const def = defOf(schema);
  return def.type === 'date' || (def.type === 'union' && (def.options as Schema[]).some(isDate));
};

/**
 * The pattern a string must match, with a bilingual message in the build's words. An empty value is the
 * required flag's business (the CMS skips the pattern then); an optional field's pattern also accepts ''.
 */
function patternOf(schema: Schema, required: boolean, help: FieldHelp | undefined): [string, string] | undefined {
  const regex = checksOf(schema).find((check) => check.format === 'regex')?.pattern as RegExp | undefined;
  if (!help) return regex && [regex.source, regex.source];
  if (!regex) return undefined;
  const message = bilingual(
    `Lauks "${help.field}" ir nepareizs: vajag ${help.lv}, piemēram ${help.example}`,
    `The field "${help.field}" is wrong: it must be ${help.en}, for example ${help.example}`,
  );
  return [required ? regex.source : `^(?:${regex.source.replace(/^\^|\$$/g, '')})?$`, message];
}

const bound = (schema: Schema, kind: 'greater_than' | 'less_than' | 'min_length' | 'max_length') => {
  const check = checksOf(schema).find((c) => c.check === kind);
  return check && ((check.value ?? check.minimum ?? check.maximum) as number | undefined);
};

/** An enum's choices; where the schema names a label for each (`.meta({ optionLabels })`), the editor sees the label. */
function optionsOf(schema: Schema): (string | { label: string; value: string })[] {
  const values = Object.values(defOf(schema).entries as Record<string, string>);
  const labels = metaOf(schema)?.['optionLabels'] as Record<string, string> | undefined;
  return labels ? values.map((value) => ({ label: labels[value] ?? value, value })) : values;
}

/** The Sveltia field for one schema key; nested objects and unions of objects recurse. */
export function fieldOf(name: string, schema: Schema, context: WidgetContext): Field {
  const { inner, required, fallback, help, marks } = unwrap(schema);
  const def = defOf(inner);
  const base = {
    name,
    label: name,
    required,
    ...(help ? { hint: hintOf(help) } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
  };
  if (marks.cmsWidget === 'image') return { ...base, widget: 'image', choose_url: false } as Field;
  if (isDate(inner)) return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' } as Field;
  switch (def.type) {
    case 'string': {
      const pattern = patternOf(inner, required, help);
      const max = bound(inner, 'max_length');
      return {
        ...base,
        widget: max && max > 80 ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
        ...(max ? { maxlength: max } : {}),
      } as Field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: fallback ?? false } as Field;
    case 'number': {
      const min = bound(inner, 'greater_than');
      const max = bound(inner, 'less_than');
      const integer = checksOf(inner).some((c) => c.check === 'number_format' && /int/.test(c.format));
      return {
        ...base,
        widget: 'number',
        value_type: integer ? 'int' : 'float',
        ...(integer && min === 0 ? { min: 1 } : min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      } as Field;
    }
    case 'enum':
      return { ...base, widget: 'select', options: optionsOf(inner) } as Field;
    case 'literal':
      return { ...base, widget: 'hidden', default: (def.values as unknown[])[0] } as Field;
    case 'array': {
      const min = bound(inner, 'min_length');
      const limits = min ? { min } : {};
      if (context.collections.includes(name)) {
        return {
          ...base,
          widget: 'relation',
          collection: name,
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
          multiple: true,
          ...limits,
        } as Field;
      }
      // A list of fixed words (topics) is one select with many choices, each shown by its Latvian label.
      if (defOf(unwrap(def.element as Schema).inner).type === 'enum') {
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: optionsOf(unwrap(def.element as Schema).inner),
          ...limits,
        } as Field;
      }
      return { ...base, widget: 'list', field: fieldOf(name, def.element, context), ...limits } as Field;
    }
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(inner, context) } as Field;
    case 'union':
      if (def.discriminator) return unionOf(base, def, context);
  }
  throw new Error(
    `src/lib/cms: no CMS widget for the field "${name}" (zod type ${def.type}); teach src/lib/cms/widgets.ts one`,
  );
}

/** A discriminated union of objects (a video's `source`): one variant per kind, the kind written as `kind`. */
function unionOf(base: object, def: Def, context: WidgetContext): Field {
  const key = def.discriminator as string;
  const types = (def.options as Schema[]).map((option) => {
    const shape = defOf(option).shape as Record<string, Schema>;
    const kind = String((defOf(shape[key]!).values as unknown[])[0]);
    return {
      name: kind,
      label: kind,
      widget: 'object',
      fields: fieldsOf(option, context).filter((field) => field.name !== key),
    };
  });
  return { ...base, widget: 'object', typeKey: key, types } as Field;
}

/** Every key of an object schema, in the schema's order. */
export function fieldsOf(object: Schema, context: WidgetContext): Field[] {
  const shape = defOf(object).shape as Record<string, Schema>;
  return Object.entries(shape).map(([name, schema]) => fieldOf(name, schema, context));
}
