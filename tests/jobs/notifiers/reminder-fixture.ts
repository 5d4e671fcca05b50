import type { ReminderMessage } from '../../../src/jobs/notifier';

/** A task's reminder two working days before its deadline, as ReminderSent recorded it. */
export const reminder = (overrides: Partial<ReminderMessage> = {}): ReminderMessage => ({
  key: 'task-deadline:t-42:2026-05-08:-2wd',
  kind: 'task-deadline',
  deadline: '2026-05-08',
  offset: '-2wd',
  subject: { taskId: 't-42', enterpriseId: 'e-7' },
  recipients: ['enterprise:e-7', 'agent:a-3'],
  title: { zh: '办理事项即将到期', en: 'A task falls due soon' },
  body: { zh: '“企业开办”须在 2026年5月8日 前办结。', en: '"Business start-up" must be completed by 8 May 2026.' },
  sentAt: '2026-05-06T01:00:00.000Z',
  ...overrides,
});
