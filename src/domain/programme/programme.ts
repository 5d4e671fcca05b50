import type { Decider } from '../decider';
import type { ProgrammeCommand } from './commands';
import { decideProgramme } from './decide';
import type { ProgrammeEvent } from './events';
import { evolveProgramme } from './evolve';
import { initialProgrammeState, type ProgrammeState } from './state';

export const programmeStream = (programmeId: string): string => `programme-${programmeId}`;
export const PROGRAMME_STREAM_PREFIX = 'programme-';

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  initialState: initialProgrammeState,
  decide: decideProgramme,
  evolve: evolveProgramme,
};
