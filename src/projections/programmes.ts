import { shanghaiDate } from '../domain/programme/calendar-date';
import type { ProgrammeEvent } from '../domain/programme/events';
import { PROGRAMME_STREAM_PREFIX } from '../domain/programme/programme';
import type { Update } from '../readstore/read-store';
import type { DocumentUpdate, Projection } from './projection';

export const PROGRAMMES = 'programmes';
/** Per programme and firm: what the firm holds against the cap. */
export const PROGRAMME_FIRMS = 'programme-firms';
/** Per programme and Asia/Shanghai month: what the ledger moved that month. */
export const PROGRAMME_MONTHS = 'programme-months';

export const programmeFirmId = (programmeId: string, enterpriseId: string): string => `${programmeId}:${enterpriseId}`;
export const shanghaiMonth = (instant: string): string => shanghaiDate(instant).slice(0, 7);

/**
 * Programmes as their own streams have them: terms, budget and the ledger's figures (committed,
 * disbursed, clawed back, remaining), with per-firm and per-month figures kept beside them so
 * that an audit reads a few small documents instead of every payment.
 */
export const programmesProjection: Projection = {
  name: 'programmes',
  filter: { streamPrefixes: [PROGRAMME_STREAM_PREFIX] },
  collections: {
    [PROGRAMMES]: [{ keys: { status: 1 } }, { keys: { kind: 1 } }, { keys: { publishedAt: 1 } }],
    [PROGRAMME_FIRMS]: [{ keys: { programmeId: 1 } }],
    [PROGRAMME_MONTHS]: [{ keys: { programmeId: 1 } }],
  },
  project(recorded) {
    const programmeId = recorded.streamName.slice(PROGRAMME_STREAM_PREFIX.length);
    const stamp = { revision: recorded.revision, updatedAt: recorded.metadata.occurredAt };
    const programme = (update: Update): DocumentUpdate => ({ collection: PROGRAMMES, id: programmeId, update: { ...update, $set: { ...(update['$set'] as object), ...stamp } } });
    const firm = (enterpriseId: string, $inc: Record<string, number>): DocumentUpdate => ({
      collection: PROGRAMME_FIRMS,
      id: programmeFirmId(programmeId, enterpriseId),
      update: { $set: { programmeId, enterpriseId }, $inc },
    });
    const month = (instant: string, $inc: Record<string, number>): DocumentUpdate => ({
      collection: PROGRAMME_MONTHS,
      id: `${programmeId}:${shanghaiMonth(instant)}`,
      update: { $set: { programmeId, month: shanghaiMonth(instant) }, $inc },
    });

    const event = { type: recorded.type, data: recorded.data } as ProgrammeEvent;
    switch (event.type) {
      case 'ProgrammePublished': {
        const { programmeId: _id, budgetFen, ...terms } = event.data;
        const figures = { budgetFen, remainingFen: budgetFen, committedFen: 0, disbursedFen: 0, clawedBackFen: 0 };
        return [programme({ $set: { ...terms, ...figures, status: 'open', closure: null } })];
      }
      case 'ProgrammeBudgetAdjusted': {
        const { budgetFen, previousBudgetFen } = event.data;
        return [programme({ $set: { budgetFen }, $inc: { remainingFen: budgetFen - previousBudgetFen } })];
      }
      case 'ProgrammeClosed':
        return [programme({ $set: { status: 'closed', closure: event.data } })];
      case 'FundsCommitted': {
        const { enterpriseId, amountFen, committedAt } = event.data;
        return [
          programme({ $inc: { committedFen: amountFen, remainingFen: -amountFen } }),
          firm(enterpriseId, { committedFen: amountFen }),
          month(committedAt, { committedFen: amountFen }),
        ];
      }
      case 'CommitmentReleased': {
        const { enterpriseId, amountFen, releasedAt } = event.data;
        return [
          programme({ $inc: { committedFen: -amountFen, remainingFen: amountFen } }),
          firm(enterpriseId, { committedFen: -amountFen }),
          month(releasedAt, { releasedFen: amountFen }),
        ];
      }
      case 'FundsDisbursed': {
        const { enterpriseId, amountFen, recordedAt } = event.data;
        return [programme({ $inc: { disbursedFen: amountFen } }), firm(enterpriseId, { disbursedFen: amountFen }), month(recordedAt, { disbursedFen: amountFen })];
      }
      case 'FundsClawedBack': {
        // Money recovered returns to the budget: it is no longer committed.
        const { enterpriseId, amountFen, recordedAt } = event.data;
        return [
          programme({ $inc: { clawedBackFen: amountFen, committedFen: -amountFen, remainingFen: amountFen } }),
          firm(enterpriseId, { clawedBackFen: amountFen, committedFen: -amountFen }),
          month(recordedAt, { clawedBackFen: amountFen }),
        ];
      }
      default:
        return [];
    }
  },
};
