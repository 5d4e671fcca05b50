import { CommitmentRepairProcess } from '../../src/app/commitment-repair-process';
import { Programmes } from '../../src/app/programmes';
import { SubsidyApplications } from '../../src/app/subsidy-applications';
import { SubsidyDecisions } from '../../src/app/subsidy-decisions';
import { SubsidyLedger } from '../../src/app/subsidy-ledger';
import { SubsidyPayments } from '../../src/app/subsidy-payments';
import type { EventStore } from '../../src/eventstore/event-store';
import { MemoryEventStore } from '../../src/eventstore/memory/memory-event-store';
import { programmePublication } from './programme-publication';
import { registration } from './registration';
import { agent, coreOn, manager, silentLogger } from './test-app';

/** The core with the programme and subsidy services, wired as the container wires them. */
export function subsidyCoreOn(events: EventStore = new MemoryEventStore()) {
  const core = coreOn(events);
  const programmes = new Programmes(events, core.commands, core.clock);
  const ledger = new SubsidyLedger(events, programmes);
  return {
    ...core,
    programmes,
    applications: new SubsidyApplications(events, core.commands, programmes, core.clock),
    decisions: new SubsidyDecisions(events, core.commands, ledger, core.clock),
    payments: new SubsidyPayments(events, core.commands, ledger, core.clock),
    repair: new CommitmentRepairProcess(events, programmes, ledger, core.clock, silentLogger),
  };
}

export type SubsidyCore = ReturnType<typeof subsidyCoreOn>;

/** A published programme, a registered firm, and its application for `requestedFen`. */
export async function fileApplication(core: SubsidyCore, serial: number, requestedFen = 400_000) {
  const { programmeId } = await core.programmes.publish(programmePublication(), manager);
  const { enterpriseId } = await core.registration.register(registration(serial), agent);
  const { subsidyId } = await core.applications.apply({ programmeId, enterpriseId, requestedFen }, agent);
  return { programmeId, enterpriseId, subsidyId };
}
