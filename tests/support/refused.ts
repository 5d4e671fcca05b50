import type { Harness } from './http-harness';

/** Sends a request that must be refused with `status`, and checks that nothing was written; answers the problem details. */
export async function refusedWritingNothing(h: Harness, send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>, status: number): Promise<Record<string, unknown>> {
  const head = await h.app.events.headPosition();
  const res = await send();
  expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.objectContaining({ status }) });
  expect(await h.app.events.headPosition()).toBe(head);
  return res.body;
}
