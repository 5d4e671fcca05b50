import type { CatalogueService } from './catalogue-service';
import { businessLicenceServices } from './services/business-licences';
import { businessStartServices } from './services/business-start';
import { constructionStartServices } from './services/construction-start';
import { contractsAndLegalServices } from './services/contracts-and-legal';
import { employmentAndTalentServices } from './services/employment-and-talent';
import { intermediaryServices } from './services/intermediary';
import { taxAndFinanceServices } from './services/tax-and-finance';
import { utilityServices } from './services/utilities';
import { assertValidCatalogue } from './validate-catalogue';

/** The catalogue the service starts with, until an admin replaces it. */
export const DEFAULT_CATALOGUE: readonly CatalogueService[] = assertValidCatalogue([
  ...businessStartServices,
  ...constructionStartServices,
  ...taxAndFinanceServices,
  ...contractsAndLegalServices,
  ...intermediaryServices,
  ...utilityServices,
  ...businessLicenceServices,
  ...employmentAndTalentServices,
]);
