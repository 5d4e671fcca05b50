export interface Clock {
  /** The current instant as UTC ISO-8601. */
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock that stands still until told to move: for tests and replays. */
export class ManualClock implements Clock {
  constructor(private instant: string) {}

  now(): string {
    return this.instant;
  }

  set(instant: string): void {
    this.instant = instant;
  }

  advance(milliseconds: number): void {
    this.instant = new Date(Date.parse(this.instant) + milliseconds).toISOString();
  }
}
