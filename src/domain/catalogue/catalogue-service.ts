export const SERVICE_CATEGORIES = [
  'business-start',
  'construction-start',
  'tax-and-finance',
  'contracts-and-legal',
  'intermediary',
  'utilities',
  'business-licences',
  'employment-and-talent',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** A service the concierge does for a firm (全程代办), with its time limits in working days. */
export interface CatalogueService {
  id: string;
  nameZh: string;
  nameEn: string;
  category: ServiceCategory;
  /** The limit set by law or regulation, or for the district's own services by its service standard. */
  statutoryWorkingDays: number;
  /** What the district promises, never more than the statutory limit. */
  promisedWorkingDays: number;
  /** 当场办结: promised in 0 working days. */
  onTheSpot: boolean;
  /** 告知承诺制 / 容缺办理: the permit may be issued at once on the firm's signed commitment to supply what is missing. */
  commitmentAllowed: boolean;
}
