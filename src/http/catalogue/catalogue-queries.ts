import { z } from 'zod';
import { SERVICE_CATEGORIES } from '../../domain/catalogue/catalogue-service';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { defineEndpoint, noBody, noParams, type Endpoint } from '../endpoint';

const catalogueQuery = z.strictObject({
  category: z.enum(SERVICE_CATEGORIES, `must be one of ${SERVICE_CATEGORIES.join(', ')}`).optional(),
});

const catalogueService = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    category: z.enum(SERVICE_CATEGORIES),
    statutoryWorkingDays: z.number().int(),
    promisedWorkingDays: z.number().int(),
    onTheSpot: z.boolean().describe('当场办结: promised in 0 working days'),
    commitmentAllowed: z.boolean().describe('告知承诺制: the permit may be issued at once on a signed commitment'),
  })
  .meta({ id: 'CatalogueService' });

export function catalogueQueries(): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/api/catalogue/services',
      operationId: 'listCatalogueServices',
      summary: 'The services the concierge does for firms (全程代办), with their statutory and promised limits in working days',
      tag: 'Catalogue',
      kind: 'query',
      roles: ['agent', 'enterprise', 'manager', 'finance', 'admin'],
      params: noParams,
      query: catalogueQuery,
      body: noBody,
      responses: { 200: { description: 'Every service, or those of one category', schema: z.object({ items: z.array(catalogueService) }) } },
      handle: async ({ query }) => ({ status: 200, body: { items: DEFAULT_CATALOGUE.filter((service) => !query.category || service.category === query.category) } }),
    }),
  ];
}
