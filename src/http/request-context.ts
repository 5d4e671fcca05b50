import type { Actor } from '../domain/decider';

declare global {
  namespace Express {
    interface Request {
      correlationId: string;
      actor?: Actor;
    }
  }
}

export {};
