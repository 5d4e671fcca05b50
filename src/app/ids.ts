import { createHash, randomFillSync } from 'node:crypto';

/**
 * A UUID version 7: 48 bits of milliseconds, then 74 random bits. The random part keeps ids from
 * being guessed; the time part lets stores append new ids at the end of their indexes instead of
 * rewriting pages all over them.
 */
export function newId(now: number = Date.now()): string {
  const bytes = sixteenRandomBytes();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return formatUuid(bytes);
}

/** Random bytes drawn 4 KiB at a time, as Node's randomUUID does: one system call per 256 ids, not per id. */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function sixteenRandomBytes(): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    poolOffset = 0;
  }
  poolOffset += 16;
  return Buffer.from(pool.subarray(poolOffset - 16, poolOffset));
}

const formatUuid = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

const NAMESPACE = Buffer.from('6f1c2b9a4d7e4c0a8b3f5e2d1c0b9a87', 'hex');

/** A name-based UUID (version 5): the same name always gives the same id. */
export function deterministicId(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return formatUuid(bytes);
}
