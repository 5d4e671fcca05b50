import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { materialsList } from '../materials-list';
import { assertFen } from '../money';
import { unmetEligibilityRule } from '../programme/eligibility';
import { windowProblem } from '../programme/terms';
import type { ApplyForSubsidy, SubsidyCommand } from './commands';
import type { SubsidyEvent } from './events';
import { assertInGoodStanding } from './firm-standing';
import { decidePayment } from './payments';
import type { SubsidyState } from './state';

export function decideSubsidy(command: SubsidyCommand, state: SubsidyState, context: CommandContext): SubsidyEvent[] {
  if (command.type === 'ApplyForSubsidy') return apply(command, state, context.now);
  if (state.status === 'none') throw new DomainError('application-not-found', 'No application is filed under this id');
  const { now, actor } = context;
  switch (command.type) {
    case 'RequestMaterials': {
      assertUndecided(state);
      const missingItems = materialsList(command.missingItems, 'missingItems');
      if (state.materialsRequests > 0 && actor.role !== 'manager') {
        throw new DomainError('second-materials-request-needs-manager', 'All missing materials are listed at once: a further request needs a manager');
      }
      return [{ type: 'MaterialsRequested', data: { missingItems, requestedAt: now } }];
    }
    case 'SupplyMaterials': {
      assertUndecided(state);
      if (state.outstandingMaterials.length === 0) throw new DomainError('no-materials-requested', 'No materials are waiting to be supplied');
      const items = materialsList(command.items, 'items');
      const unrequested = items.filter((item) => !state.outstandingMaterials.includes(item));
      if (unrequested.length > 0) throw new DomainError('material-not-requested', 'Only requested materials can be supplied', { field: 'items', unrequested });
      return [{ type: 'MaterialsSupplied', data: { items, suppliedAt: now } }];
    }
    case 'ApproveSubsidy': {
      assertUndecided(state);
      if (state.outstandingMaterials.length > 0) {
        throw new DomainError('materials-outstanding', 'Requested materials are still missing', { outstanding: state.outstandingMaterials });
      }
      assertInGoodStanding(command.enterprise);
      const approvedFen = assertFen(command.approvedFen, 'approvedFen', { allowZero: false });
      if (approvedFen > state.requestedFen) {
        throw new DomainError('approval-exceeds-request', 'The approved amount cannot exceed the amount requested', { field: 'approvedFen', requestedFen: state.requestedFen });
      }
      return [{ type: 'SubsidyApproved', data: { approvedFen, approverId: actor.id, approvedAt: now } }];
    }
    case 'RejectSubsidy':
      assertUndecided(state);
      return [{ type: 'SubsidyRejected', data: { reason: command.reason, rejectedAt: now } }];
    default:
      return decidePayment(command, state, context);
  }
}

function apply(command: ApplyForSubsidy, state: SubsidyState, now: string): SubsidyEvent[] {
  if (state.status !== 'none') throw new DomainError('application-already-filed', 'This application is already filed');
  const requestedFen = assertFen(command.requestedFen, 'requestedFen', { allowZero: false });
  const { programme, enterprise } = command;
  assertInGoodStanding(enterprise);
  if (programme.status === 'none') throw new DomainError('programme-not-found', 'No programme is published under this id', { field: 'programmeId' });
  if (programme.status === 'closed') throw new DomainError('programme-closed', 'The programme is closed');
  const terms = programme.terms!;
  const windowClosed = windowProblem(terms.window, now);
  if (windowClosed) throw new DomainError(windowClosed, 'Applications are taken only while the window is open', { ...terms.window });
  const rule = unmetEligibilityRule(terms.eligibility, enterprise, now);
  if (rule) throw new DomainError('not-eligible', `The firm does not meet the programme's ${rule} rule`, { rule });
  if (requestedFen > terms.capPerEnterpriseFen) {
    throw new DomainError('request-exceeds-cap', 'The amount requested exceeds the cap per firm', { field: 'requestedFen', capFen: terms.capPerEnterpriseFen });
  }
  const { subsidyId, programmeId, enterpriseId } = command;
  return [{ type: 'SubsidyApplied', data: { subsidyId, programmeId, enterpriseId, requestedFen, appliedAt: now } }];
}

function assertUndecided(state: SubsidyState): void {
  if (state.status !== 'applied') throw new DomainError('application-already-decided', `The application is already ${state.status}`);
}
