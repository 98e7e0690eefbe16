import { z } from 'zod';

/** A value that failed validation and was left out: where it is (`['variants', 1]`) and why. */
export interface ValueIssue {
  path: PropertyKey[];
  message: string;
}

/** What validating value by value kept (null when even the whole could not be kept) and what it left out. */
export interface ValidatedValue<T> {
  value: T | null;
  issues: ValueIssue[];
}

/**
 * Validates `data` against `schema` one value at a time, so that a bad value
 * costs only itself: a field that is unknown (a misspelt key) or invalid is
 * reported and left out, and the object keeps its other fields; a bad item of
 * a list or record is left out of it. Then the object is validated whole, so
 * defaults apply and a required field that was missing or left out is
 * reported (the caller decides what the whole is worth then: an index entry
 * without an id is left out). Unknown keys are reported for every object,
 * strict or not. `fallback` fills top-level fields that are missing or were
 * left out (an edition's title from its folder's name).
 */
export function validateValues<Schema extends z.ZodType>(schema: Schema, data: unknown, fallback: Partial<z.output<Schema>> = {}): ValidatedValue<z.output<Schema>> {
  const issues: ValueIssue[] = [];
  const result = salvage(schema, data, [], issues, fallback as Record<string, unknown>);
  return { value: result.ok ? (result.value as z.output<Schema>) : null, issues };
}

type Salvaged = { ok: true; value: unknown } | { ok: false };

function salvage(schema: z.ZodType, data: unknown, path: PropertyKey[], issues: ValueIssue[], fallback: Record<string, unknown> = {}): Salvaged {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isPlainObject(data)) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      const field = shape[key];
      if (!field) issues.push({ path: [...path, key], message: unknownField(key, Object.keys(shape)) });
      else {
        const result = salvage(field, value, [...path, key], issues);
        if (result.ok) kept[key] = result.value;
      }
    }
    for (const [key, value] of Object.entries(fallback)) if (!(key in kept)) kept[key] = value;
    return whole(inner, kept, path, issues);
  }
  if (inner instanceof z.ZodArray && Array.isArray(data)) {
    const kept: unknown[] = [];
    data.forEach((item, index) => {
      const result = salvage(inner.element as z.ZodType, item, [...path, index], issues);
      if (result.ok) kept.push(result.value);
    });
    return whole(inner, kept, path, issues);
  }
  if (inner instanceof z.ZodRecord && isPlainObject(data)) {
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      const result = salvage(inner.valueType as z.ZodType, value, [...path, key], issues);
      if (result.ok) kept[key] = result.value;
    }
    return whole(inner, kept, path, issues);
  }
  return whole(schema, data, path, issues);
}

/** Validates a value as a whole; its issues are reported under `path`. */
function whole(schema: z.ZodType, data: unknown, path: PropertyKey[], issues: ValueIssue[]): Salvaged {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) {
    const at = [...path, ...issue.path];
    // A required field already reported as invalid (and so left out) is not reported again as missing.
    if (!issues.some((known) => known.path.length === at.length && known.path.every((key, index) => key === at[index]))) issues.push({ path: at, message: issue.message });
  }
  return { ok: false };
}

/** The schema inside optional, nullable and default wrappers (an object's own checks stay in `whole`). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.def.innerType as z.ZodType;
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "unknown field" with the known field it most likely misspells. */
function unknownField(key: string, known: readonly string[]): string {
  const guess = known
    .map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) }))
    .filter(({ distance }) => distance <= Math.max(1, Math.floor(key.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0];
  return `unknown field${guess ? ` (did you mean "${guess.name}"?)` : ''}; known fields: ${known.join(', ')}`;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit (`recieved`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
