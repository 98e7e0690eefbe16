import type { z } from 'astro/zod';

/** An input file failed validation; the message names the file and each field at fault. */
export class ContentError extends Error {
  readonly file: string;
  readonly issues: string[];

  constructor(file: string, issues: string[]) {
    super(`${file}:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.issues = issues;
  }
}

/**
 * Validates `data` against `schema`, throwing a `ContentError` that names the file and,
 * for each problem, the path of the field (`[3].coordinates[1]: Too big…`).
 */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
): z.infer<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(file, result.error.issues.map(formatIssue));
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
  return `${path || '(top level)'}: ${issue.message}`;
}
