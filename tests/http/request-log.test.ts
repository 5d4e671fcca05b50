import express from 'express';
import pino from 'pino';
import { Writable } from 'node:stream';
import request from 'supertest';
import { Metrics } from '../../src/app/metrics';
import { requestLog } from '../../src/http/request-log';

describe('the request log', () => {
  it('writes one line per request with route, status, duration, correlation id and actor, and no token or body', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(requestLog(pino({ level: 'info' }, sink), new Metrics()));
    app.use(express.json());
    app.post('/api/things/:id', (req, res) => {
      req.actor = { id: 'a-9', role: 'agent' };
      res.status(201).json({ ok: true });
    });
    await request(app)
      .post('/api/things/42')
      .set('Authorization', 'Bearer secret-token-value')
      .set('X-Correlation-Id', 'corr-7')
      .send({ identityNumber: '430702199001011234' })
      .expect(201);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request', method: 'POST', route: '/api/things/:id', status: 201, correlationId: 'corr-7', actor: { id: 'a-9', role: 'agent' } });
    expect(typeof lines[0]!['durationMs']).toBe('number');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('secret-token-value');
    expect(text).not.toContain('430702199001011234');
  });
});
