import fc from 'fast-check';
import { canonicalJson } from '../../src/eventstore/canonical-json';

/** How events were hashed before canonicalJson wrote JSON itself: JSON.stringify of a copy with sorted keys. Stored chains rely on the same text. */
function sortedCopyJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>)
        .filter(([, member]) => member !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([k, member]) => [k, sortKeys(member)]));
    }
    return v;
  };
  return JSON.stringify(sortKeys(value));
}

const key = fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('4294967294', '4294967295', '01', '-1', '1.5', '__proto__', 'é', '\u{1F600}'));
const leaf = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));

describe('canonicalJson', () => {
  it('writes the same text as JSON.stringify of a sorted-keys copy, for any JSON-like value', () => {
    fc.assert(fc.property(value, (v) => expect(canonicalJson(v)).toBe(sortedCopyJson(v))), { numRuns: 2000 });
  });

  it('orders array-index keys by number before the others, leaves out undefined members and writes null for undefined items', () => {
    const json = canonicalJson({ b: 1, a: [{ d: 2, c: undefined }, undefined], 10: 'ten', 2: 'two', B: null, '01': 0 });
    expect(json).toBe('{"2":"two","10":"ten","01":0,"B":null,"a":[{"d":2},null],"b":1}');
  });

  it('is the text stored hash chains were computed over', () => {
    const event = { stream: 'enterprise-1', revision: 0, id: 'e-1', type: 'EnterpriseRegistered', schemaVersion: 1, data: { name: '常德科技', capitalFen: 100 }, metadata: { actorId: 'a-1', previousHash: null } };
    expect(canonicalJson(event)).toBe(
      '{"data":{"capitalFen":100,"name":"常德科技"},"id":"e-1","metadata":{"actorId":"a-1","previousHash":null},"revision":0,"schemaVersion":1,"stream":"enterprise-1","type":"EnterpriseRegistered"}',
    );
  });
});
