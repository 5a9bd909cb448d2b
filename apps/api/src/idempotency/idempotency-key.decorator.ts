import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';

const KEY = /^[\x21-\x7e]{8,100}$/;

/**
 * The optional Idempotency-Key header: a client that retries a POST sends the
 * same key, and gets the first answer instead of a second record.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value: unknown = context.switchToHttp().getRequest().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY.test(value)) {
    const problem = 'must be 8 to 100 printable ASCII characters without spaces';
    throw new BadRequestException({ message: `Idempotency-Key: ${problem}`, problems: [{ path: 'Idempotency-Key', problem }] });
  }
  return value;
});
