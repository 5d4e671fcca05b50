import { DomainError } from '../domain-error';
import { SERVICE_CATEGORIES, type CatalogueService } from './catalogue-service';

const SERVICE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** What an admin may store as the catalogue; the same rules hold for the catalogue the service ships with. */
export function assertValidCatalogue(services: readonly CatalogueService[]): readonly CatalogueService[] {
  services.forEach((service, index) => {
    assertValidService(service, `services[${index}]`);
    if (services.findIndex(({ id }) => id === service.id) !== index) {
      throw new DomainError('duplicate-service-id', `${service.id} is listed twice`, { field: `services[${index}].id` });
    }
  });
  return services;
}

function assertValidService(service: CatalogueService, field: string): void {
  const { id, nameZh, nameEn, category, statutoryWorkingDays, promisedWorkingDays, onTheSpot } = service;
  if (!SERVICE_ID.test(id)) throw new DomainError('invalid-service-id', 'A service id is kebab-case, such as food-business-permit', { field: `${field}.id` });
  if (nameZh.trim() === '' || nameEn.trim() === '') throw new DomainError('invalid-service-name', `${id} needs a Chinese and an English name`, { field });
  if (!(SERVICE_CATEGORIES as readonly string[]).includes(category)) {
    throw new DomainError('unknown-service-category', `${category} is not a service category`, { field: `${field}.category` });
  }
  for (const [limit, days] of [['statutoryWorkingDays', statutoryWorkingDays], ['promisedWorkingDays', promisedWorkingDays]] as const) {
    if (!Number.isSafeInteger(days) || days < 0) throw new DomainError('invalid-time-limit', `${limit} is a whole number of working days`, { field: `${field}.${limit}` });
  }
  if (promisedWorkingDays > statutoryWorkingDays) {
    throw new DomainError('promised-exceeds-statutory', `${id} promises more working days than the statutory limit`, { field: `${field}.promisedWorkingDays` });
  }
  if (onTheSpot !== (promisedWorkingDays === 0)) {
    throw new DomainError('on-the-spot-mismatch', `${id}: a service done on the spot is promised in 0 working days, and only such a service`, { field: `${field}.onTheSpot` });
  }
}
