import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { readIdempotencyKey } from './idempotency-key';

/**
 * The optional Idempotency-Key header, for a route that also keeps the key on
 * what it makes (a referral): the IdempotencyInterceptor replays answers, the
 * route's own record covers an attempt that died after writing.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  readIdempotencyKey(context.switchToHttp().getRequest().headers),
);
