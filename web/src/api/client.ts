import { ApiProblem, isProblemDetails } from './problem';

export type QueryValue = string | number | boolean | undefined;
export type Query = Record<string, QueryValue>;

/** What every command answers. */
export interface CommandAnswer {
  id: string;
  revision: number;
}

/** A list page: `nextCursor` fetches the next one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CommandOptions {
  /** The revision the form was filled in against: 412 if someone changed the record since. */
  revision?: number;
}

/** The public API with the caller's bearer token; refusals throw ApiProblem with the API's problem details. */
export class ApiClient {
  constructor(
    private readonly token: string | null,
    private readonly onUnauthorized: () => void = () => undefined,
  ) {}

  get<T>(path: string, query: Query = {}): Promise<T> {
    return this.request<T>('GET', withQuery(path, query));
  }

  /** A command: a fresh Idempotency-Key, so a retried click writes nothing twice. */
  command(path: string, body: object = {}, options: CommandOptions = {}): Promise<CommandAnswer> {
    return this.request<CommandAnswer>('POST', path, body, commandHeaders(options));
  }

  /** A record with the revision its ETag names (W/"n"), to send back as If-Match; undefined when it has none. */
  async getWithRevision<T>(path: string): Promise<{ data: T; revision: number | undefined }> {
    const { payload, response } = await this.send('GET', path);
    const revision = /^W\/"(\d+)"$/.exec(response.headers.get('etag') ?? '')?.[1];
    return { data: payload as T, revision: revision === undefined ? undefined : Number(revision) };
  }

  /** A command that replaces a whole record (PUT), with a fresh Idempotency-Key as `command` sends. */
  replace(path: string, body: object, options: CommandOptions = {}): Promise<CommandAnswer> {
    return this.request<CommandAnswer>('PUT', path, body, commandHeaders(options));
  }

  /** A POST that is no command (the demo sign-in). */
  post<T>(path: string, body: object): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<T> {
    return (await this.send(method, path, body, headers)).payload as T;
  }

  private async send(method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<{ payload: unknown; response: Response }> {
    const all: Record<string, string> = { Accept: 'application/json', ...headers };
    if (this.token) all['Authorization'] = `Bearer ${this.token}`;
    if (body !== undefined) all['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers: all, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
    const response = await fetch(path, init).catch((error: unknown) => {
      throw new ApiProblem({ type: 'about:blank', title: 'Network error', status: 0, detail: error instanceof Error ? error.message : String(error) });
    });
    const payload: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
    if (response.ok) return { payload, response };
    if (response.status === 401) this.onUnauthorized();
    throw new ApiProblem(
      isProblemDetails(payload) ? payload : { type: 'about:blank', title: response.statusText, status: response.status, detail: typeof payload === 'string' ? payload : '' },
    );
  }
}

function commandHeaders(options: CommandOptions): Record<string, string> {
  const headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID() };
  if (options.revision !== undefined) headers['If-Match'] = `W/"${options.revision}"`;
  return headers;
}

function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
