import type { ChainLink } from '../hash-chain';

/**
 * The last revision and hash of streams this connection appended to, so an append need not read
 * its stream's last event back. Trusted only while no other connection has committed (SQLite's
 * data_version is unchanged), and only once the transaction that wrote them has committed.
 */
export class StreamTails {
  private readonly committed = new Map<string, ChainLink>();
  private written = new Map<string, ChainLink>();
  private dataVersion: number | undefined;

  constructor(private readonly capacity = 10_000) {}

  /** Inside a new write transaction: what another connection committed since makes every tail suspect. */
  begin(dataVersion: number): void {
    if (dataVersion !== this.dataVersion) this.committed.clear();
    this.dataVersion = dataVersion;
    this.written = new Map();
  }

  get(stream: string): ChainLink | undefined {
    return this.written.get(stream) ?? this.committed.get(stream);
  }

  wrote(stream: string, tail: ChainLink): void {
    this.written.set(stream, tail);
  }

  commit(): void {
    for (const [stream, tail] of this.written) {
      this.committed.delete(stream);
      if (this.committed.size >= this.capacity) this.committed.delete(this.committed.keys().next().value!);
      this.committed.set(stream, tail);
    }
    this.written = new Map();
  }

  /** After a transaction that did not commit: nothing it wrote is there, and the rest is not sure. */
  forget(): void {
    this.committed.clear();
    this.written = new Map();
    this.dataVersion = undefined;
  }
}
