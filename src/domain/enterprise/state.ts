export type EnterpriseStatus = 'none' | 'registered' | 'licensed' | 'deregistered';

export interface EnterpriseState {
  status: EnterpriseStatus;
  registeredAt: string | null;
  licensed: boolean;
  starterKitIssued: boolean;
  agentId: string | null;
  blacklisted: boolean;
}

export const initialEnterpriseState: EnterpriseState = {
  status: 'none',
  registeredAt: null,
  licensed: false,
  starterKitIssued: false,
  agentId: null,
  blacklisted: false,
};
