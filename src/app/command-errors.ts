/** The client's If-Match revision is not the stream's revision: 412. */
export class StaleRevisionError extends Error {
  constructor(readonly stream: string, readonly expected: number, readonly actual: number) {
    super(`${stream} is at revision ${actual}, not ${expected}`);
    this.name = 'StaleRevisionError';
  }
}

/** Other writers kept winning the race for this stream, retries included: 409. */
export class ConcurrencyConflictError extends Error {
  constructor(readonly stream: string, readonly attempts: number) {
    super(`${stream} kept changing while the command was decided (${attempts} attempts)`);
    this.name = 'ConcurrencyConflictError';
  }
}

/**
 * An application's stream was written, but its programme's ledger refused to follow: the two
 * streams disagree, which no request can cause. A fault to log (500), not a refusal to answer.
 */
export class LedgerOutOfStepError extends Error {
  constructor(readonly subsidyId: string, cause: unknown) {
    super(`The programme ledger refused to follow application ${subsidyId}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'LedgerOutOfStepError';
  }
}

/** A task's breach was written, but its firm's stream refused the credit mark: a fault to log (500), as for the ledger. */
export class CreditMarkOutOfStepError extends Error {
  constructor(readonly taskId: string, cause: unknown) {
    super(`The firm's stream refused the credit mark of task ${taskId}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'CreditMarkOutOfStepError';
  }
}
