import type { CommandContext } from '../decider';
import { DomainError } from '../domain-error';
import { assertFen } from '../money';
import type { ProgrammeCommand, PublishProgramme } from './commands';
import type { ProgrammeEvent } from './events';
import { decideLedger } from './ledger';
import { assertProgrammeOpen, type ProgrammeState } from './state';
import { assertValidTerms } from './terms';

export function decideProgramme(command: ProgrammeCommand, state: ProgrammeState, context: CommandContext): ProgrammeEvent[] {
  if (command.type === 'PublishProgramme') return publish(command, state, context.now);
  if (state.status === 'none') throw new DomainError('programme-not-found', 'No programme is published under this id');
  switch (command.type) {
    case 'AdjustProgrammeBudget': {
      assertProgrammeOpen(state);
      const budgetFen = assertFen(command.budgetFen, 'budgetFen');
      if (budgetFen === state.budgetFen) return [];
      if (budgetFen < state.committedFen) {
        throw new DomainError('budget-below-committed', 'The budget cannot go below what approvals have already committed', {
          field: 'budgetFen',
          committedFen: state.committedFen,
        });
      }
      return [{ type: 'ProgrammeBudgetAdjusted', data: { budgetFen, previousBudgetFen: state.budgetFen, reason: command.reason, adjustedAt: context.now } }];
    }
    case 'CloseProgramme':
      assertProgrammeOpen(state);
      return [{ type: 'ProgrammeClosed', data: { reason: command.reason, closedAt: context.now } }];
    default:
      return decideLedger(command, state, context);
  }
}

function publish(command: PublishProgramme, state: ProgrammeState, now: string): ProgrammeEvent[] {
  if (state.status !== 'none') throw new DomainError('programme-already-published', 'This programme is already published');
  const { type: _type, programmeId, budgetFen, deferredAmountDueOn = null, ...terms } = command;
  return [
    {
      type: 'ProgrammePublished',
      data: {
        programmeId,
        ...assertValidTerms({ ...terms, deferredAmountDueOn }),
        budgetFen: assertFen(budgetFen, 'budgetFen', { allowZero: false }),
        publishedAt: now,
      },
    },
  ];
}
