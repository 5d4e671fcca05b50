import type { FirmTimeline } from './firm-timeline';

/**
 * When a firm may sign a commitment (告知承诺制) across its planned tasks: in good standing, and
 * not after a breach, which marks its credit. A breach is planned only where no commitment of an
 * earlier planned task follows it, so that no signing lands on a marked credit.
 */
export class FirmCommitments {
  private readonly signings: number[] = [];
  private readonly breaches: number[] = [];

  constructor(private readonly timeline: FirmTimeline) {}

  maySign(at: number): boolean {
    return this.timeline.standingAt(at) === 'good' && this.breaches.every((breachedAt) => breachedAt > at);
  }

  signed(at: number): void {
    this.signings.push(at);
  }

  mayBreach(at: number): boolean {
    return this.signings.every((signedAt) => signedAt < at);
  }

  breached(at: number): void {
    this.breaches.push(at);
  }
}
