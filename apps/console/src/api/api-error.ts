/**
 * The API's one error shape. `code` and `params` name a refusal or a broken rule in words the console translates (params are
 * numbers, dates, durations, enum values, ids and lists of them: api/error-params.ts formats them); `message` (English) is
 * shown only for a code the console has no text for.
 */
export interface ApiProblem {
  path: string;
  problem: string;
  code?: string;
  params?: Record<string, unknown>;
}

export interface ApiError {
  statusCode: number;
  error?: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
  problems?: ApiProblem[];
}

/** Thrown by `unwrap` so the query cache and the forms see one kind of failure. */
export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.message);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).statusCode === 'number';
}

/** The data of an openapi-fetch answer, or an ApiFailure with the API's error (or what the network said). */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = isApiError(result.error)
      ? result.error
      : { statusCode: result.response.status, message: String(result.error ?? result.response.statusText) };
    throw new ApiFailure(body);
  }
  return result.data as T;
}
