import type { CatalogueService } from '../catalogue/catalogue-service';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Fen } from '../money';
import type { FirmCredit, FirmRegistration } from './firm-facts';

/**
 * Facts from elsewhere travel in the command, since deciders read nothing else: the firm's
 * standing, the service's catalogue entry (null when the catalogue has no such service), and the
 * working-day calendar for any command that counts working days.
 */
export type OpenTask = {
  type: 'OpenTask';
  taskId: string;
  enterpriseId: string;
  keyProject: string | null;
  service: CatalogueService | null;
  enterprise: FirmRegistration;
};
export type AcceptTask = { type: 'AcceptTask'; calendar: WorkingCalendar };
export type RequestMaterials = { type: 'RequestMaterials'; missingItems: readonly string[] };
export type ReceiveMaterials = { type: 'ReceiveMaterials'; calendar: WorkingCalendar };
export type SignCommitment = {
  type: 'SignCommitment';
  missingItems: readonly string[];
  materialsDueInWorkingDays: number;
  enterprise: FirmCredit;
  calendar: WorkingCalendar;
};
export type FulfilCommitment = { type: 'FulfilCommitment' };
/** Sent when the materials' deadline has passed without them. */
export type BreachCommitment = { type: 'BreachCommitment' };
export type CompleteTask = { type: 'CompleteTask'; outcome: string; costSavedFen: Fen; calendar: WorkingCalendar };
export type CancelTask = { type: 'CancelTask'; reason: string };
export type HandOverTask = { type: 'HandOverTask'; toAgentId: string; reason: string };
/** Sent when the due date has passed; sending it again for the same due date writes nothing. */
export type EscalateOverdueTask = { type: 'EscalateOverdueTask' };
export type RateTask = { type: 'RateTask'; level: number; comment: string; calendar: WorkingCalendar };
export type VerifyRectification = { type: 'VerifyRectification'; findings: string };
export type CarryOutRectification = { type: 'CarryOutRectification'; actions: string };
export type AnswerRectification = { type: 'AnswerRectification'; answer: string };
export type FileComplaint = { type: 'FileComplaint'; text: string };
export type AnswerComplaint = { type: 'AnswerComplaint'; complaintNo: number; answer: string };

export type CommitmentCommand = SignCommitment | FulfilCommitment | BreachCommitment;
export type FeedbackCommand = RateTask | VerifyRectification | CarryOutRectification | AnswerRectification | FileComplaint | AnswerComplaint;

export type TaskCommand =
  | OpenTask
  | AcceptTask
  | RequestMaterials
  | ReceiveMaterials
  | CompleteTask
  | CancelTask
  | HandOverTask
  | EscalateOverdueTask
  | CommitmentCommand
  | FeedbackCommand;
