import { z } from 'zod';
import type { Endpoint, PublicEndpoint } from './endpoint';
import { problemSchema } from './schemas';

type JsonSchema = Record<string, unknown>;

const PROBLEMS: Record<number, string> = {
  400: 'Invalid request: `errors[]` names each bad field',
  401: 'Missing or invalid bearer token',
  403: 'The caller may not do this',
  404: 'No such resource, or one the caller may not know of',
  409: 'Conflict that retries could not resolve',
  412: 'If-Match names a stale revision',
  422: 'A business rule refused the request: see `code`',
};

/** Builds the OpenAPI 3.1 document from the same zod schemas that validate requests; public endpoints take no bearer token. */
export function openApiDocument(endpoints: readonly Endpoint[], publicEndpoints: readonly PublicEndpoint[] = []): Record<string, unknown> {
  const components: Record<string, JsonSchema> = {};
  const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const { $schema: _schema, $defs, ...converted } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    Object.assign(components, rewriteRefs($defs ?? {}));
    return rewriteRefs(converted);
  };
  const problemRef = { $ref: '#/components/schemas/Problem' };
  components['Problem'] = toSchema(problemSchema, 'output');

  const paths: Record<string, Record<string, unknown>> = {};
  const documented = [
    ...endpoints.map((endpoint) => ({ endpoint, isPublic: false, isCommand: endpoint.kind === 'command' })),
    ...publicEndpoints.map((endpoint) => ({ endpoint, isPublic: true, isCommand: false })),
  ];
  for (const { endpoint, isPublic, isCommand } of documented) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const body = toSchema(endpoint.body, 'input');
    const hasBody = Object.keys((body['properties'] as object | undefined) ?? {}).length > 0;
    const problems = isPublic ? [400, 404] : isCommand ? [400, 401, 403, 404, 409, 412, 422] : [400, 401, 403, 404];
    paths[path] ??= {};
    paths[path][endpoint.method] = {
      operationId: endpoint.operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      security: isPublic ? [] : [{ bearerAuth: [] }],
      parameters: [
        ...parameters(toSchema(endpoint.params, 'input'), 'path'),
        ...parameters(toSchema(endpoint.query, 'input'), 'query'),
        ...(isCommand ? commandHeaders : []),
      ],
      ...(hasBody ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
      responses: {
        ...Object.fromEntries(
          Object.entries(endpoint.responses).map(([status, spec]) => [
            status,
            { description: spec.description, ...(spec.schema ? { content: { 'application/json': { schema: toSchema(spec.schema, 'output') } } } : {}) },
          ]),
        ),
        ...Object.fromEntries(problems.map((status) => [status, { description: PROBLEMS[status], content: { 'application/problem+json': { schema: problemRef } } }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Concierge API',
      version: '1.0.0',
      description: 'Event-sourced CRM of the district enterprise service centre. Money is integer fen; instants are UTC ISO-8601.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: components, securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
  };
}

const commandHeaders = [
  { name: 'If-Match', in: 'header', required: false, description: 'W/"<revision>": act only if the resource is still at this revision (else 412)', schema: { type: 'string' } },
  { name: 'Idempotency-Key', in: 'header', required: false, description: 'A retry with the same key and body answers as the first time and writes nothing', schema: { type: 'string', maxLength: 255 } },
];

function parameters(schema: JsonSchema, where: 'path' | 'query'): Record<string, unknown>[] {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (required.has(name) && !('default' in property)),
    schema: property,
  }));
}

function rewriteRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
}
