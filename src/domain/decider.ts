export type Role = 'agent' | 'enterprise' | 'manager' | 'finance' | 'admin';

export interface Actor {
  id: string;
  role: Role;
  /** Set for the `enterprise` role: the one firm this user acts for. */
  enterpriseId?: string;
}

/** Everything a decision may depend on besides the command and the state: no clocks, no I/O. */
export interface CommandContext {
  now: string;
  actor: Actor;
}

export interface DomainEvent<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}

/** A stream type's behaviour as three pure functions. */
export interface Decider<Command, Event extends DomainEvent, State> {
  initialState: State;
  decide(command: Command, state: State, context: CommandContext): Event[];
  evolve(state: State, event: Event): State;
}
