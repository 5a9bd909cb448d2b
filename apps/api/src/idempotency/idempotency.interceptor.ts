import {
  CallHandler,
  ConflictException,
  ExecutionContext,
  Injectable,
  Logger,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, concatMap, from, Observable, of, switchMap } from 'rxjs';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { commandUpdateId, withCommandUpdateId } from './command-update-id';
import { isKeyedMethod, readIdempotencyKey, REPLAYED_HEADER } from './idempotency-key';
import { Claim, IdempotentRequests, KeyScope } from './idempotent-requests';
import { requestFingerprint } from './request-fingerprint';
import { coded } from '../../../../libs/validation/coded-exceptions';

/**
 * A write sent with an Idempotency-Key runs once per user and key: a retry
 * of the same request gets the first success again (same status and body,
 * `Idempotent-Replayed: true`) without running the route; the key sent with
 * another request is refused (422), and so is a retry while the first is
 * still running (409 with Retry-After). A failure keeps nothing, so its
 * retry runs for real, and a command it sends joins the first attempt's
 * (the key is its Temporal update id). Without the header a request runs as
 * it always did.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('IdempotencyInterceptor');

  constructor(private readonly requests: IdempotentRequests) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: AuthenticatedUser }>();
    if (!isKeyedMethod(request.method)) return next.handle();
    const key = readIdempotencyKey(request.headers);
    // Only public routes have no user, and they are all reads.
    if (key === undefined || !request.user) return next.handle();
    const scope = { userId: request.user.id, key };
    const response = http.getResponse<Response>();
    return from(this.requests.claim(scope, requestFingerprint(request.method, request.originalUrl, request.body))).pipe(
      switchMap((claim) => this.answer(claim, scope, response, next)),
    );
  }

  private answer(claim: Claim, scope: KeyScope, response: Response, next: CallHandler): Observable<unknown> {
    switch (claim.kind) {
      case 'run':
        return this.runOnce(claim.holder, scope, response, next);
      case 'replay':
        response.status(claim.status).setHeader(REPLAYED_HEADER, 'true');
        return of(claim.body);
      case 'in-progress':
        response.setHeader('Retry-After', String(claim.retryAfterSeconds));
        throw coded(ConflictException, 'idempotency-in-progress', { retryAfterSeconds: claim.retryAfterSeconds });
      case 'other-request':
        throw coded(UnprocessableEntityException, 'idempotency-key-reused', { method: claim.first.method, url: claim.first.url });
    }
  }

  private runOnce(holder: string, scope: KeyScope, response: Response, next: CallHandler): Observable<unknown> {
    // Nest binds the route's work to the async context handle() is called in: the command sent finds its update id there.
    return withCommandUpdateId(commandUpdateId(scope), () => next.handle()).pipe(
      concatMap(async (body) => {
        const status = response.statusCode;
        if (status >= 200 && status < 300) await this.requests.complete(scope, holder, status, body);
        else await this.requests.release(scope, holder);
        return body;
      }),
      catchError(async (error: unknown) => {
        try {
          await this.requests.release(scope, holder);
        } catch (releaseError) {
          // The lease runs out on its own; until then a retry is told to wait.
          this.logger.error({ message: 'Idempotency-Key not released', error: String(releaseError) });
        }
        throw error;
      }),
    );
  }
}
