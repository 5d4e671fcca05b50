import type { Application } from '../../app/container';
import { signToken } from '../../app/tokens';
import { definePublicEndpoint, noBody, noParams, noQuery, type PublicEndpoint } from '../endpoint';
import { notFound } from '../problem';
import { demoUserList, signInAnswer, signInBody } from './demo-schemas';
import { demoUsers } from './demo-users';

const TAG = 'Demo sign-in';

/**
 * Local sign-in as a seeded demo user: on only while the server signs its own tokens with a
 * secret it generated (neither AUTH_SECRET nor AUTH_JWKS_URL set), or with DEMO_SIGN_IN=true.
 */
export function demoSignInEnabled({ config, signingKey }: Pick<Application, 'config' | 'signingKey'>): boolean {
  if (signingKey.kind !== 'secret') return false;
  return config.DEMO_SIGN_IN ?? (!config.AUTH_SECRET && !config.AUTH_JWKS_URL);
}

export function demoEndpoints(app: Application): PublicEndpoint[] {
  return [
    definePublicEndpoint({
      method: 'get',
      path: '/api/demo/users',
      operationId: 'listDemoUsers',
      summary: 'The demo users one may sign in as (local use only; 404 when demo sign-in is off)',
      tag: TAG,
      params: noParams,
      query: noQuery,
      body: noBody,
      responses: { 200: { description: "The seed's agents, manager, finance officer and admin, and a user of some seeded firms", schema: demoUserList } },
      handle: async () => ({ status: 200, body: { items: await demoUsers(app.reads) } }),
    }),
    definePublicEndpoint({
      method: 'post',
      path: '/api/demo/sign-in',
      operationId: 'signInAsDemoUser',
      summary: "Sign in as a demo user: a bearer token signed with the server's secret (local use only)",
      tag: TAG,
      params: noParams,
      query: noQuery,
      body: signInBody,
      responses: { 200: { description: 'The token and who it speaks for', schema: signInAnswer } },
      handle: async ({ body }) => {
        if (app.signingKey.kind !== 'secret') throw notFound('Demo sign-in is off');
        const user = (await demoUsers(app.reads)).find((candidate) => candidate.id === body.userId);
        if (!user) throw notFound(`No demo user ${body.userId}`);
        const token = await signToken(app.signingKey.secret, { id: user.id, role: user.role, ...(user.enterpriseId ? { enterpriseId: user.enterpriseId } : {}) });
        return { status: 200, body: { token, user } };
      },
    }),
  ];
}
