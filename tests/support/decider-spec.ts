import type { CommandContext, Decider, DomainEvent } from '../../src/domain/decider';
import { DomainError } from '../../src/domain/domain-error';

export const testContext = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  now: '2026-03-02T02:00:00.000Z',
  actor: { id: 'm-1', role: 'manager' },
  ...overrides,
});

/** Given events, when a command, then events or a refusal with a code: the decider as a specification. */
export function deciderSpec<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: Event[]) {
      const state = events.reduce(decider.evolve, decider.initialState);
      return {
        when(command: Command, context: CommandContext = testContext()) {
          const run = (): Event[] => decider.decide(command, state, context);
          return {
            then(expected: Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenRefuses(code: string): void {
              let error: unknown;
              try {
                run();
              } catch (caught) {
                error = caught;
              }
              expect(error).toBeInstanceOf(DomainError);
              expect((error as DomainError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}
