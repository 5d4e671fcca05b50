import { z } from 'zod';
import { INDUSTRY_DIVISION, PARKS, TOWNSHIPS } from '../domain/enterprise/district';

/** The district's places and the industry classification, as firms and programmes name them. */
export const industry = z.string().regex(INDUSTRY_DIVISION, 'must be a GB/T 4754-2017 division such as I65');
export const township = z.enum(TOWNSHIPS, 'must be one of the 14 townships and streets of the district');
export const park = z.enum(PARKS, 'must be one of the district parks');
