import type { FirmFacts } from '../app/firm-facts';
import type { Recipient } from '../domain/reminder/events';
import type { Audience } from '../domain/reminder/reminder';

/** The people an audience means on the day the reminder goes out; an agent no one holds tells no one. */
export function recipientsOf(audience: readonly Audience[], enterpriseId: string | undefined, firm: FirmFacts | null, taskOwner: string | null): Recipient[] {
  const recipients = audience.flatMap((who): Recipient[] => {
    switch (who) {
      case 'firm':
        return enterpriseId === undefined ? [] : [`enterprise:${enterpriseId}`];
      case 'firm-agent':
        return firm?.agentId ? [`agent:${firm.agentId}`] : [];
      case 'task-owner':
        return taskOwner ? [`agent:${taskOwner}`] : [];
      case 'finance':
        return ['role:finance'];
      case 'managers':
        return ['role:manager'];
    }
  });
  return [...new Set(recipients)];
}
