/** One bad field, as the API names it in a 400 (or a 422 whose rule is about one field). */
export interface FieldError {
  in: 'body' | 'query' | 'path' | 'header';
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every refusal of the API answers. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  errors?: FieldError[];
  correlationId?: string;
}

/** A refusal from the API (or a network failure, as status 0), carrying its problem details. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The messages about fields of the request body, by field path (`missingItems.0`). */
  bodyFieldErrors(): FieldError[] {
    return (this.problem.errors ?? []).filter((error) => error.in === 'body' && error.field !== '');
  }
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value && typeof (value as { title: unknown }).title === 'string';
}

/** Any failure as an ApiProblem: the API's own, or an unexpected error as status 0. */
export const toApiProblem = (error: unknown): ApiProblem =>
  error instanceof ApiProblem ? error : new ApiProblem({ type: 'about:blank', title: 'Error', status: 0, detail: error instanceof Error ? error.message : String(error) });
