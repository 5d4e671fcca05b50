import type { z } from 'zod';
import { badRequest, type FieldError } from './problem';

/** Parses one part of a request with its schema, or refuses it naming every bad field. */
export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, value: unknown, where: FieldError['in']): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.flatMap((issue): FieldError[] => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ in: where, field: at ? `${at}.${key}` : key, message: 'is not a known field' }));
    }
    return [{ in: where, field: at, message: issue.message }];
  });
  const fields = [...new Set(errors.map((e) => e.field || where))].join(', ');
  throw badRequest(`Invalid ${where}: ${fields}`, errors);
}
