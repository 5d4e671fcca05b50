export type EnterpriseStatus = 'none' | 'registered' | 'licensed' | 'deregistered';

export interface EnterpriseState {
  status: EnterpriseStatus;
  registeredAt: string | null;
  licensed: boolean;
  starterKitIssued: boolean;
  agentId: string | null;
  blacklisted: boolean;
  /** Every task whose breached commitment marked the firm, repaired or not. */
  creditMarks: readonly CreditMark[];
}

export interface CreditMark {
  taskId: string;
  repaired: boolean;
}

export const initialEnterpriseState: EnterpriseState = {
  status: 'none',
  registeredAt: null,
  licensed: false,
  starterKitIssued: false,
  agentId: null,
  blacklisted: false,
  creditMarks: [],
};

/** The tasks whose marks are not repaired yet. */
export const openCreditMarks = (state: EnterpriseState): string[] => state.creditMarks.filter((mark) => !mark.repaired).map((mark) => mark.taskId);

export const isCreditMarked = (state: EnterpriseState): boolean => openCreditMarks(state).length > 0;
