import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { tokenVerifier } from '../../src/http/authenticate';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

describe('tokens from an identity provider (AUTH_JWKS_URL)', () => {
  let server: Server;
  let url: string;
  let privateKey: PrivateKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => res.setHeader('Content-Type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: Record<string, unknown>, key: PrivateKey = privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('m-7').setExpirationTime('5m').sign(key);

  it('accepts a token signed with one of the published keys, with the claims of API.md', async () => {
    const verify = tokenVerifier({ kind: 'jwks', url });
    await expect(verify(await sign({ role: 'manager' }))).resolves.toEqual({ id: 'm-7', role: 'manager' });
    await expect(verify(await sign({ role: 'enterprise', enterpriseId: 'e-1' }))).resolves.toEqual({ id: 'm-7', role: 'enterprise', enterpriseId: 'e-1' });
  });

  it('refuses a token signed with another key, or without the claims it needs', async () => {
    const verify = tokenVerifier({ kind: 'jwks', url });
    const stranger = (await generateKeyPair('RS256')).privateKey;
    await expect(verify(await sign({ role: 'manager' }, stranger))).rejects.toThrow();
    await expect(verify(await sign({ role: 'king' }))).rejects.toThrow();
    await expect(verify(await sign({ role: 'enterprise' }))).rejects.toThrow();
  });
});

describe('verified tokens', () => {
  it('are remembered only until they expire', async () => {
    const secret = new TextEncoder().encode('a-secret-of-at-least-thirty-two-characters');
    const verify = tokenVerifier({ kind: 'secret', secret });
    const expiresAt = Math.floor(Date.now() / 1000) + 1;
    const token = await new SignJWT({ role: 'agent' }).setProtectedHeader({ alg: 'HS256' }).setSubject('a-1').setExpirationTime(expiresAt).sign(secret);
    await expect(verify(token)).resolves.toEqual({ id: 'a-1', role: 'agent' });
    await expect(verify(token)).resolves.toEqual({ id: 'a-1', role: 'agent' });
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 50));
    await expect(verify(token)).rejects.toThrow();
  });
});
