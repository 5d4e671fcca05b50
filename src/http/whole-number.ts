import { z } from 'zod';

/** A count or a number in a schedule, zero or more: the domain says which are too many or too few, with its own code (422). */
export const wholeNumber = (message: string) => z.number({ error: message }).int(message).min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
