import { HttpException, HttpStatus } from '@nestjs/common';
import { ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import type { Problem } from '../../../../libs/validation/problems';

/** The one error shape every route answers with. */
export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
  problems?: Problem[];
}

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
  if (isUnprocessedUpdate(error)) {
    return body(
      HttpStatus.SERVICE_UNAVAILABLE,
      'the workflow engine turned the command away unprocessed (it was restarting); nothing was applied: send it again',
    );
  }
  if (error instanceof WorkflowUpdateFailedError) {
    return body(HttpStatus.CONFLICT, `refused: ${error.cause?.message ?? error.message}`);
  }
  if (error instanceof WorkflowNotFoundError) return body(HttpStatus.NOT_FOUND, 'no such workflow is running');
  if (error instanceof WorkflowExecutionAlreadyStartedError) return body(HttpStatus.CONFLICT, 'that workflow is already running');
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return body(
      HttpStatus.SERVICE_UNAVAILABLE,
      'the workflow engine did not finish the command in time; it may still take effect: send it again with the same ids',
    );
  }
  if (error instanceof ServiceError) {
    return body(HttpStatus.SERVICE_UNAVAILABLE, 'the workflow engine is not reachable; try again shortly');
  }
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string }).code;
    if (code === UNIQUE_VIOLATION) return body(HttpStatus.CONFLICT, 'that already exists');
    if (code === FOREIGN_KEY_VIOLATION) return body(HttpStatus.BAD_REQUEST, 'it refers to something that does not exist');
  }
  if (isPoolTimeout(error))
    return body(
      HttpStatus.SERVICE_UNAVAILABLE,
      'the database did not answer in time (unreachable, or every connection busy); try again shortly',
    );
  if (isConnectionError(error)) return body(HttpStatus.SERVICE_UNAVAILABLE, 'the database is not reachable; try again shortly');
  return body(HttpStatus.INTERNAL_SERVER_ERROR, 'internal error');
}

function fromHttpException(error: HttpException): HttpErrorBody {
  const status = error.getStatus();
  const response = error.getResponse();
  if (typeof response === 'string') return body(status, response);
  const { message, problems } = response as { message?: string | string[]; problems?: Problem[] };
  return { ...body(status, Array.isArray(message) ? message.join('; ') : (message ?? error.message)), ...(problems ? { problems } : {}) };
}

/** The JSON body parser refuses a body before any route sees it: too large, not JSON, in an unknown encoding. */
function bodyParserError(error: unknown): HttpErrorBody | undefined {
  const { type, status, limit } = (error ?? {}) as { type?: unknown; status?: unknown; limit?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (type === 'entity.too.large' && typeof limit === 'number')
    return body(HttpStatus.PAYLOAD_TOO_LARGE, `the body is larger than the limit of ${Math.round(limit / 1024)} kB`);
  if (type === 'entity.parse.failed') return body(HttpStatus.BAD_REQUEST, 'the body is not valid JSON');
  return body(status, `the body cannot be read (${type})`);
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

function body(statusCode: number, message: string): HttpErrorBody {
  return { statusCode, error: reasonPhrase(statusCode), message };
}

/** 'BAD_REQUEST' → 'Bad Request', as HTTP spells it. */
function reasonPhrase(statusCode: number): string {
  const name = HttpStatus[statusCode] ?? 'ERROR';
  return name
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');
}
