import type { CatalogueService } from '../catalogue-service';

/** 合同管理与法律服务: contracts and legal help. */
export const contractsAndLegalServices: readonly CatalogueService[] = [
  {
    id: 'contract-review',
    nameZh: '合同审查',
    nameEn: 'Contract review',
    category: 'contracts-and-legal',
    statutoryWorkingDays: 5,
    promisedWorkingDays: 3,
    onTheSpot: false,
    commitmentAllowed: false,
  },
  {
    id: 'contract-drafting',
    nameZh: '合同起草',
    nameEn: 'Contract drafting',
    category: 'contracts-and-legal',
    statutoryWorkingDays: 10,
    promisedWorkingDays: 5,
    onTheSpot: false,
    commitmentAllowed: false,
  },
  {
    id: 'legal-aid-consultation',
    nameZh: '法律援助咨询',
    nameEn: 'Legal aid consultation',
    category: 'contracts-and-legal',
    statutoryWorkingDays: 5,
    promisedWorkingDays: 2,
    onTheSpot: false,
    commitmentAllowed: false,
  },
];
