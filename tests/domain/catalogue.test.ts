import { SERVICE_CATEGORIES, type CatalogueService } from '../../src/domain/catalogue/catalogue-service';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import { assertValidCatalogue } from '../../src/domain/catalogue/validate-catalogue';

const hygienePermit = DEFAULT_CATALOGUE.find(({ id }) => id === 'public-place-hygiene-permit')!;
const refusalOf = (service: CatalogueService) => {
  try {
    assertValidCatalogue([service]);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('the service catalogue', () => {
  it('lists at least 25 services, ids unique, each promised within its statutory limit', () => {
    expect(DEFAULT_CATALOGUE.length).toBeGreaterThanOrEqual(25);
    expect(new Set(DEFAULT_CATALOGUE.map(({ id }) => id)).size).toBe(DEFAULT_CATALOGUE.length);
    for (const service of DEFAULT_CATALOGUE) expect(service.promisedWorkingDays).toBeLessThanOrEqual(service.statutoryWorkingDays);
  });

  it('covers every category, with services done on the spot and services open to commitment handling', () => {
    expect(new Set(DEFAULT_CATALOGUE.map(({ category }) => category))).toEqual(new Set(SERVICE_CATEGORIES));
    expect(DEFAULT_CATALOGUE.filter(({ onTheSpot }) => onTheSpot).length).toBeGreaterThanOrEqual(5);
    expect(DEFAULT_CATALOGUE.filter(({ commitmentAllowed }) => commitmentAllowed).map(({ id }) => id)).toEqual(
      expect.arrayContaining(['public-place-hygiene-permit', 'food-business-permit', 'small-catering-permit', 'pesticide-business-permit', 'veterinary-drug-business-permit']),
    );
  });

  it('promises the hygiene permit in 10 working days against a statutory 20, as the district does', () => {
    expect(hygienePermit).toMatchObject({ statutoryWorkingDays: 20, promisedWorkingDays: 10, commitmentAllowed: true });
  });

  it.each<[string, Partial<CatalogueService>]>([
    ['invalid-service-id', { id: 'Hygiene Permit' }],
    ['invalid-service-name', { nameEn: '' }],
    ['unknown-service-category', { category: 'misc' as CatalogueService['category'] }],
    ['invalid-time-limit', { statutoryWorkingDays: -1 }],
    ['invalid-time-limit', { promisedWorkingDays: 2.5 }],
    ['promised-exceeds-statutory', { promisedWorkingDays: 21 }],
    ['on-the-spot-mismatch', { onTheSpot: true }],
    ['on-the-spot-mismatch', { promisedWorkingDays: 0 }],
  ])('refuses a service with %s', (code, change) => {
    expect(refusalOf({ ...hygienePermit, ...change })).toMatchObject({ code });
  });

  it('refuses an id listed twice', () => {
    expect(() => assertValidCatalogue([hygienePermit, hygienePermit])).toThrow(expect.objectContaining({ code: 'duplicate-service-id' }));
  });
});
