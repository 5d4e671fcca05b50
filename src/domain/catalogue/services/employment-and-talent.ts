import type { CatalogueService } from '../catalogue-service';

/** 人才与用工: staff and talent. */
export const employmentAndTalentServices: readonly CatalogueService[] = [
  {
    id: 'labour-dispatch-permit',
    nameZh: '劳务派遣经营许可',
    nameEn: 'Labour dispatch permit',
    category: 'employment-and-talent',
    statutoryWorkingDays: 20,
    promisedWorkingDays: 10,
    onTheSpot: false,
    commitmentAllowed: false,
  },
  {
    id: 'social-insurance-registration',
    nameZh: '单位社会保险登记',
    nameEn: 'Employer social insurance registration',
    category: 'employment-and-talent',
    statutoryWorkingDays: 5,
    promisedWorkingDays: 0,
    onTheSpot: true,
    commitmentAllowed: false,
  },
  {
    id: 'housing-fund-registration',
    nameZh: '单位住房公积金缴存登记',
    nameEn: 'Employer housing fund registration',
    category: 'employment-and-talent',
    statutoryWorkingDays: 3,
    promisedWorkingDays: 0,
    onTheSpot: true,
    commitmentAllowed: false,
  },
  {
    id: 'personnel-agency',
    nameZh: '人事代理',
    nameEn: 'Personnel agency',
    category: 'employment-and-talent',
    statutoryWorkingDays: 5,
    promisedWorkingDays: 0,
    onTheSpot: true,
    commitmentAllowed: false,
  },
];
