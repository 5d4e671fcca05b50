import type { SubsidyEvent } from '../domain/subsidy/events';
import { SUBSIDY_STREAM_PREFIX } from '../domain/subsidy/subsidy';
import type { Update } from '../readstore/read-store';
import type { Projection } from './projection';

export const SUBSIDIES = 'subsidies';

/** Subsidy applications as their own streams have them: state, amounts, materials, approval, payments. */
export const subsidiesProjection: Projection = {
  name: 'subsidies',
  filter: { streamPrefixes: [SUBSIDY_STREAM_PREFIX] },
  collections: {
    [SUBSIDIES]: [{ keys: { programmeId: 1 } }, { keys: { enterpriseId: 1 } }, { keys: { status: 1 } }, { keys: { appliedAt: 1 } }],
  },
  project(recorded) {
    const update = applicationUpdate({ type: recorded.type, data: recorded.data } as SubsidyEvent, recorded.metadata.actorId);
    if (!update) return [];
    const stamp = { revision: recorded.revision, updatedAt: recorded.metadata.occurredAt };
    const id = recorded.streamName.slice(SUBSIDY_STREAM_PREFIX.length);
    return [{ collection: SUBSIDIES, id, update: { ...update, $set: { ...(update['$set'] as object | undefined), ...stamp } } }];
  },
};

function applicationUpdate(event: SubsidyEvent, actorId: string): Update | undefined {
  switch (event.type) {
    case 'SubsidyApplied': {
      const { subsidyId: _id, ...application } = event.data;
      return {
        $set: {
          ...application,
          status: 'applied',
          materialsRequests: [],
          outstandingMaterials: [],
          materialsSupplied: [],
          approval: null,
          rejection: null,
          disbursedFen: 0,
          clawedBackFen: 0,
          payments: [],
          disburserIds: [],
          clawbacks: [],
          closedAt: null,
        },
      };
    }
    case 'MaterialsRequested':
      return {
        $push: { materialsRequests: { ...event.data, requestedBy: actorId } },
        $addToSet: { outstandingMaterials: { $each: event.data.missingItems } },
      };
    case 'MaterialsSupplied':
      return { $push: { materialsSupplied: event.data }, $pull: { outstandingMaterials: { $in: event.data.items } } };
    case 'SubsidyApproved':
      return { $set: { status: 'approved', approval: event.data } };
    case 'SubsidyRejected':
      return { $set: { status: 'rejected', rejection: event.data } };
    case 'SubsidyDisbursed':
      return { $inc: { disbursedFen: event.data.amountFen }, $push: { payments: event.data }, $addToSet: { disburserIds: event.data.disbursedBy } };
    case 'SubsidyClawedBack':
      return { $inc: { clawedBackFen: event.data.amountFen }, $push: { clawbacks: { ...event.data, clawedBackBy: actorId } } };
    case 'SubsidyClosed':
      return { $set: { status: 'closed', closedAt: event.data.closedAt } };
    default:
      return undefined;
  }
}
