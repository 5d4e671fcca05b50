import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ConcurrencyConflictError, StaleRevisionError } from '../app/command-errors';
import { DomainError } from '../domain/domain-error';
import { InvalidCursorError } from '../readstore/paginate';

export interface FieldError {
  in: 'body' | 'query' | 'path' | 'header';
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  errors?: FieldError[];
  correlationId?: string;
  [extension: string]: unknown;
}

const problemType = (slug: string): string => `urn:concierge:problem:${slug}`;

/** An answer other than success, already shaped as RFC 9457 problem details. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly extensions: Partial<ProblemDetails> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  toDetails(): ProblemDetails {
    return { type: problemType(this.slug), title: this.title, status: this.status, detail: this.message, ...this.extensions };
  }
}

export const badRequest = (detail: string, errors: FieldError[]): HttpProblem => new HttpProblem(400, 'invalid-request', 'Invalid request', detail, { errors });
export const unauthorized = (detail: string): HttpProblem => new HttpProblem(401, 'unauthorized', 'Unauthorized', detail);
export const forbidden = (detail: string): HttpProblem => new HttpProblem(403, 'forbidden', 'Forbidden', detail);
export const notFound = (detail: string): HttpProblem => new HttpProblem(404, 'not-found', 'Not found', detail);

/** Body-parser errors carry a `type` and an HTTP status of their own. */
function bodyParserProblem(error: { type?: unknown; status?: unknown }): HttpProblem | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpProblem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON', { errors: [{ in: 'body', field: '', message: 'is not valid JSON' }] });
    case 'entity.too.large':
      return new HttpProblem(413, 'body-too-large', 'Request body too large', 'The request body is larger than 1 MiB');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(415, 'unsupported-encoding', 'Unsupported encoding', 'Send the body as UTF-8 JSON');
    default:
      return typeof error.status === 'number' && error.status >= 400 && error.status < 500
        ? new HttpProblem(error.status, 'invalid-request', 'Invalid request', 'The request could not be read')
        : undefined;
  }
}

export function toProblem(error: unknown): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (error instanceof DomainError) {
    const field = typeof error.details['field'] === 'string' ? error.details['field'] : undefined;
    return new HttpProblem(422, error.code, 'Business rule refused the request', error.message, {
      code: error.code,
      ...(field ? { errors: [{ in: 'body', field, message: error.message }] } : {}),
    });
  }
  if (error instanceof StaleRevisionError) {
    return new HttpProblem(412, 'stale-revision', 'Precondition failed', `The resource is at revision ${error.actual}, not ${error.expected}`, {
      code: 'stale-revision',
      currentRevision: error.actual,
    });
  }
  if (error instanceof ConcurrencyConflictError) {
    return new HttpProblem(409, 'conflict', 'Conflict', 'The resource kept changing while the request was handled; try again', { code: 'conflict' });
  }
  if (error instanceof InvalidCursorError) return badRequest(error.message, [{ in: 'query', field: 'cursor', message: error.message }]);
  if (error instanceof URIError) return badRequest('The path is not valid percent-encoding', [{ in: 'path', field: '', message: error.message }]);
  // Errors from reading the request (body parser, decompression) carry a `type` or a 4xx `status`.
  if (error !== null && typeof error === 'object' && ('type' in error || 'status' in error)) return bodyParserProblem(error);
  return undefined;
}

/** The last middleware: every error becomes problem details; only a real fault is a 500, logged with its correlation id. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const correlationId = req.correlationId;
    const problem =
      toProblem(error) ??
      new HttpProblem(500, 'internal-error', 'Internal error', 'Something went wrong on our side; quote the correlation id when reporting it');
    if (problem.status >= 500) logger.error({ err: error, correlationId, route: req.route?.path, method: req.method }, 'request failed');
    // A streamed answer that failed half-way cannot become a problem: cut it short, so it is not taken for whole.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(problem.status).type('application/problem+json').json({ ...problem.toDetails(), correlationId });
  };
}
