import { HttpException, HttpStatus } from '@nestjs/common';
import { ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { codeAndParams, ErrorArgs, ErrorCode, ErrorParams, errorText, isErrorCode } from '../../../../libs/contracts/error-codes';
import { EngineBusyError } from '../../../../libs/temporal-connection/engine-gate';
import type { Problem } from '../../../../libs/validation/problems';

/**
 * The one error shape every route answers with: the status, what went wrong
 * in English, and the same as a code with its parameters, for a client to
 * say in its own language (libs/contracts/error-codes.ts lists them).
 */
export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code: ErrorCode;
  params?: ErrorParams;
  problems?: Problem[];
}

/** The code of an error that does not name its own: what its status means. */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'bad-request',
  [HttpStatus.UNAUTHORIZED]: 'unauthenticated',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not-found',
  [HttpStatus.CONFLICT]: 'conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'body-too-large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported-media-type',
  [HttpStatus.TOO_MANY_REQUESTS]: 'rate-limited',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'unavailable',
};

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/**
 * The server rejects an update it delivered in a workflow task that came back
 * without it (as after the server restarted mid-task): not the workflow's
 * answer but the engine's, and the same command sent again is processed.
 */
export function isUnprocessedUpdate(error: unknown): boolean {
  return error instanceof WorkflowUpdateFailedError && /wasn't processed by worker/.test(error.cause?.message ?? '');
}

/**
 * Turns anything a route can throw into a status and a body. Only what is
 * truly unexpected becomes a 500: a refused command is a 409 with its reason,
 * an unreachable dependency a 503 the caller can retry.
 */
export function toHttpError(error: unknown): HttpErrorBody {
  if (error instanceof HttpException) return fromHttpException(error);
  const unreadable = bodyParserError(error);
  if (unreadable) return unreadable;
  if (error instanceof EngineBusyError)
    return body(HttpStatus.SERVICE_UNAVAILABLE, 'engine-busy', { retryAfterSeconds: error.retryAfterSeconds });
  if (isUnprocessedUpdate(error)) return body(HttpStatus.SERVICE_UNAVAILABLE, 'engine-turned-away');
  if (error instanceof WorkflowUpdateFailedError) return workflowRefusal(error);
  if (error instanceof WorkflowNotFoundError) return body(HttpStatus.NOT_FOUND, 'workflow-not-running');
  if (error instanceof WorkflowExecutionAlreadyStartedError) return body(HttpStatus.CONFLICT, 'workflow-already-running');
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return body(HttpStatus.SERVICE_UNAVAILABLE, 'engine-timeout');
  if (error instanceof ServiceError) return body(HttpStatus.SERVICE_UNAVAILABLE, 'engine-unavailable');
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string }).code;
    if (code === UNIQUE_VIOLATION) return body(HttpStatus.CONFLICT, 'conflict-exists');
    if (code === FOREIGN_KEY_VIOLATION) return body(HttpStatus.BAD_REQUEST, 'refers-to-missing');
  }
  if (isPoolTimeout(error)) return body(HttpStatus.SERVICE_UNAVAILABLE, 'database-timeout');
  if (isConnectionError(error)) return body(HttpStatus.SERVICE_UNAVAILABLE, 'database-unavailable');
  return body(HttpStatus.INTERNAL_SERVER_ERROR, 'internal');
}

/**
 * A workflow refused the command: a 409 with the refusal's code (the
 * failure's type) and parameters (its details), as `refuse` in
 * workflows/commands.ts throws them. A failure of another type (an update
 * handler's bug) keeps its message under a generic code.
 */
function workflowRefusal(error: WorkflowUpdateFailedError): HttpErrorBody {
  const { cause } = error;
  const code = cause instanceof ApplicationFailure && isErrorCode(cause.type) ? cause.type : 'refused-by-workflow';
  const params = code === 'refused-by-workflow' ? undefined : ((cause as ApplicationFailure).details?.[0] as ErrorParams | undefined);
  return {
    ...errorBody(HttpStatus.CONFLICT, code, params),
    message: `refused: ${cause?.message ?? error.message}`,
  };
}

/** Ours carry their code (libs/validation/coded-exceptions.ts); any other (an unknown route, Nest's own) gets its status's. */
function fromHttpException(error: HttpException): HttpErrorBody {
  const status = error.getStatus();
  const response = error.getResponse();
  const { message, code, params, problems } = (typeof response === 'string' ? { message: response } : response) as {
    message?: string | string[];
    code?: unknown;
    params?: ErrorParams;
    problems?: Problem[];
  };
  const coded = isErrorCode(code) ? code : codeOfStatus(status);
  return {
    ...errorBody(status, coded, params),
    message: Array.isArray(message) ? message.join('; ') : (message ?? error.message),
    ...(problems ? { problems } : {}),
  };
}

function codeOfStatus(status: number): ErrorCode {
  return CODE_OF_STATUS[status] ?? (status >= HttpStatus.INTERNAL_SERVER_ERROR ? 'internal' : 'bad-request');
}

/** The JSON body parser refuses a body before any route sees it: too large, not JSON, in an unknown encoding. */
function bodyParserError(error: unknown): HttpErrorBody | undefined {
  const { type, status, limit } = (error ?? {}) as { type?: unknown; status?: unknown; limit?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (type === 'entity.too.large' && typeof limit === 'number')
    return body(HttpStatus.PAYLOAD_TOO_LARGE, 'body-too-large', { limitKb: Math.round(limit / 1024) });
  if (type === 'entity.parse.failed') return body(HttpStatus.BAD_REQUEST, 'body-not-json');
  return body(status, 'body-unreadable', { reason: type });
}

/**
 * pg's pool gave up waiting for a connection: none came free (an API under
 * more load than its pool serves) or none could be made. Not the same as
 * refused, so an operator reading the 503s knows to look at load too.
 */
function isPoolTimeout(error: unknown): boolean {
  return /timeout exceeded when trying to connect/i.test((error as Error)?.message ?? '');
}

function isConnectionError(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } })?.code ??
    (error as { driverError?: { code?: string } })?.driverError?.code;
  const message = (error as Error)?.message ?? '';
  return (code !== undefined && CONNECTION_ERROR_CODES.has(code)) || /Connection terminated|connect ECONNREFUSED/i.test(message);
}

/** A body whose message is its code's English text. */
function body<Code extends ErrorCode>(statusCode: number, code: Code, ...params: ErrorArgs<Code>): HttpErrorBody {
  return { statusCode, error: reasonPhrase(statusCode), message: errorText(code, ...params), ...codeAndParams(code, ...params) };
}

/** A body with a code and parameters read back from an exception or a refusal, its message the one they came with. */
function errorBody(statusCode: number, code: ErrorCode, params: ErrorParams | undefined): Omit<HttpErrorBody, 'message'> {
  return { statusCode, error: reasonPhrase(statusCode), code, ...(params && Object.keys(params).length > 0 ? { params } : {}) };
}

/** 'BAD_REQUEST' → 'Bad Request', as HTTP spells it. */
function reasonPhrase(statusCode: number): string {
  const name = HttpStatus[statusCode] ?? 'ERROR';
  return name
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');
}
