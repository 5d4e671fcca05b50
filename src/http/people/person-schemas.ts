import { z } from 'zod';

/** A person's id as an award may name it and an erasure's path does: it becomes part of stream names and key ids. */
export const personId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'must be 1 to 100 letters, digits, dots, colons, dashes or underscores, starting with a letter or digit');

export const personParams = z.strictObject({ personId });
