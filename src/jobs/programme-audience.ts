import type { Clock } from '../app/clock';
import type { FirmFacts } from '../app/firm-facts';
import { unmetEligibilityRule } from '../domain/programme/eligibility';
import { standingRefusal } from '../domain/subsidy/firm-standing';
import type { ProgrammeTerms } from '../domain/programme/terms';
import type { Reminder } from '../domain/reminder/reminder';
import { eligibilityFilter } from '../projections/eligibility-filter';
import { ENTERPRISES } from '../projections/enterprises';
import { SUBSIDIES } from '../projections/subsidies';
import type { ReadStore } from '../readstore/read-store';
import type { CauseReminders } from './reminder-causes';

/**
 * Whom a programme's reminders go to: the firms its rules admit (never a blacklisted or
 * deregistered one), and for the closing reminder only those that have not applied. The list
 * comes from the firms read model, as the API's eligible-firms list does; each firm is checked
 * again against its own stream when its reminder is sent.
 */
export class ProgrammeAudience {
  constructor(
    private readonly reads: ReadStore,
    private readonly clock: Clock,
  ) {}

  async eligibleFirms(terms: ProgrammeTerms): Promise<string[]> {
    const firms = await this.reads.collection(ENTERPRISES).find(eligibilityFilter(terms.eligibility, this.clock.now()), { projection: { _id: 1 } });
    return firms.map((firm) => String(firm._id));
  }

  async stillIncludes(reminder: Reminder, cause: CauseReminders, firm: FirmFacts): Promise<boolean> {
    const terms = cause.programmeTerms;
    if (terms === null || standingRefusal(firm)) return false;
    if (unmetEligibilityRule(terms.eligibility, firm, this.clock.now()) !== undefined) return false;
    if (reminder.kind !== 'programme-closing') return true;
    return (await this.reads.collection(SUBSIDIES).count({ programmeId: reminder.subject.programmeId, enterpriseId: reminder.subject.enterpriseId })) === 0;
  }
}
