import { z } from 'zod';

const ROLES = ['agent', 'enterprise', 'manager', 'finance', 'admin'] as const;

export const demoUser = z
  .object({
    id: z.string(),
    role: z.enum(ROLES),
    name: z.string().describe("A person's name, or for an enterprise user the firm's name"),
    enterpriseId: z.string().optional().describe('The firm an enterprise user speaks for'),
  })
  .meta({ id: 'DemoUser' });

export const demoUserList = z.object({ items: z.array(demoUser) });

export const signInBody = z.strictObject({ userId: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters') });

export const signInAnswer = z.object({ token: z.string().describe('A bearer token for the user, valid for 8 hours'), user: demoUser });

export type DemoUserView = z.infer<typeof demoUser>;
