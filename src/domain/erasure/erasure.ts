import type { Decider, DomainEvent } from '../decider';

/**
 * The audit trail of a person's erasure: who erased their data keys, and when. It names the
 * person by id only; their personal data was never in the log but sealed, and now cannot be opened.
 */
export type ErasePersonalData = { type: 'ErasePersonalData'; personId: string };
export type PersonalDataErased = DomainEvent<'PersonalDataErased', { personId: string; erasedAt: string; actorId: string }>;

export interface ErasureState {
  erased: boolean;
}

export const erasureStream = (personId: string): string => `erasure-${personId}`;

/** Erasing again records nothing new: the data is gone once. */
export const erasureDecider: Decider<ErasePersonalData, PersonalDataErased, ErasureState> = {
  initialState: { erased: false },
  decide: ({ personId }, { erased }, { now, actor }) => (erased ? [] : [{ type: 'PersonalDataErased', data: { personId, erasedAt: now, actorId: actor.id } }]),
  evolve: () => ({ erased: true }),
};
