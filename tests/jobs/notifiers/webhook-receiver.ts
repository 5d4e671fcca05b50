import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../../src/jobs/notifiers/webhook-signature';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** What the receiver answers a request whose signature is valid: a status, or never (to test timeouts). */
export type Answer = (request: { headers: IncomingHttpHeaders; body: string }) => number | 'never';

/**
 * A webhook receiver on an ephemeral port that checks every request as a real one would
 * (400 for a signature that is not `valid` at the receiver's `now`), then answers as told;
 * a 3xx answer redirects to the same URL.
 */
export async function startWebhookReceiver(secret: string, now: () => number, answer: Answer = () => 200) {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verdict = verifyWebhook(secret, request.headers['concierge-signature']?.toString(), body, now());
      const status = verdict === 'valid' ? answer({ headers: request.headers, body }) : 400;
      if (status === 'never') return;
      received.push({ headers: request.headers, body, status });
      response.writeHead(status, status >= 300 && status < 400 ? { Location: request.url ?? '/' } : {}).end(verdict);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/concierge`,
    received,
    accepted: () => received.filter((request) => request.status >= 200 && request.status < 300),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
