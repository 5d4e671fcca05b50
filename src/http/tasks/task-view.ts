import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import type { Document } from '../../readstore/read-store';
import { publicView } from '../enterprises/enterprise-queries';
import { taskClock } from './task-clock';

interface Complaint {
  complaintNo: number;
  [field: string]: unknown;
}
interface ComplaintAnswer {
  complaintNo: number;
  answer: string;
  answeredBy: string;
  answeredAt: string;
}

/** A task as the API shows it: its firm's name, its clock on `today`, each complaint with its answer, the queue's bookkeeping left out. */
export function taskView(doc: Document, firmName: string | null, today: string, calendar: WorkingCalendar): Record<string, unknown> {
  const { queueDate: _queueDate, deadlineLive: _deadlineLive, complaintAnswers, complaints, ...task } = publicView(doc);
  const answers = new Map((complaintAnswers as ComplaintAnswer[]).map(({ complaintNo, ...answer }) => [complaintNo, answer]));
  return {
    ...task,
    enterpriseName: firmName,
    ...taskClock(doc, today, calendar),
    complaints: (complaints as Complaint[]).map((complaint) => ({ ...complaint, answer: answers.get(complaint.complaintNo) ?? null })),
  };
}
