import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER, KEYED_METHODS, REPLAYED_HEADER } from './idempotency-key';

const PARAMETER = 'IdempotencyKey';

/**
 * Declares the optional Idempotency-Key header once, and refers to it from
 * every write operation: the interceptor honours it on all of them, so one
 * step here says so instead of a decorator on each route.
 */
export function documentIdempotencyKey(document: OpenAPIObject, keepFor: string): OpenAPIObject {
  document.components = { ...document.components };
  document.components.parameters = {
    ...document.components.parameters,
    [PARAMETER]: {
      name: IDEMPOTENCY_KEY_HEADER,
      in: 'header',
      required: false,
      description:
        'Sent again with a retry, the same request gets its first success back ' +
        `(same status and body, \`${REPLAYED_HEADER}: true\`) without being done twice. ` +
        `Keys are per user and kept for ${keepFor} from first use. ` +
        'Another request with a used key: 422; a retry while the first still runs: 409 with Retry-After. ' +
        'An error answer is not kept: its retry runs again.',
      schema: { type: 'string', minLength: 8, maxLength: 100, pattern: '^[\\x21-\\x7e]+$' },
    },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of KEYED_METHODS) {
      const operation = path[method.toLowerCase() as Lowercase<typeof method>];
      if (operation) operation.parameters = [...(operation.parameters ?? []), { $ref: `#/components/parameters/${PARAMETER}` }];
    }
  }
  return document;
}
