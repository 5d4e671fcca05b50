import { z } from 'zod';
import type { Actor, Role } from '../domain/decider';

export type Method = 'get' | 'post' | 'put';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Instead of a JSON body: the answer written piece by piece as it is read (a CSV export). */
  stream?: (write: (chunk: string) => Promise<void>) => Promise<void>;
}

export interface EndpointContext<Params, Query, Body> {
  params: Params;
  query: Query;
  body: Body;
  actor: Actor;
  correlationId: string;
  /** From `If-Match: W/"<revision>"` on a command. */
  expectedRevision?: number;
  /** From `Idempotency-Key` on a command. */
  idempotencyKey?: string;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
}

/**
 * One HTTP endpoint: its path, who may call it, the zod schemas that validate it (and document
 * it in OpenAPI), and what it does. Commands take If-Match and Idempotency-Key.
 */
export interface EndpointSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  kind: 'command' | 'query';
  roles: readonly Role[];
  params: P;
  query: Q;
  body: B;
  responses: Record<number, ResponseSpec>;
  handle(context: EndpointContext<z.infer<P>, z.infer<Q>, z.infer<B>>): Promise<Reply>;
}

export type Endpoint = EndpointSpec<z.ZodType, z.ZodType, z.ZodType>;

/** An endpoint served before authentication, to callers without a token: no roles, no actor (the local demo sign-in). */
export interface PublicEndpointSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> extends Omit<EndpointSpec<P, Q, B>, 'kind' | 'roles' | 'handle'> {
  handle(context: Pick<EndpointContext<z.infer<P>, z.infer<Q>, z.infer<B>>, 'params' | 'query' | 'body'>): Promise<Reply>;
}

export type PublicEndpoint = PublicEndpointSpec<z.ZodType, z.ZodType, z.ZodType>;

export function definePublicEndpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: PublicEndpointSpec<P, Q, B>): PublicEndpoint {
  return spec as unknown as PublicEndpoint;
}

export function defineEndpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: EndpointSpec<P, Q, B>): Endpoint {
  return spec as unknown as Endpoint;
}

export const noParams = z.strictObject({});
export const noQuery = z.strictObject({});
export const noBody = z.strictObject({});
