import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { ERROR_CODES } from '../../../../libs/contracts/error-codes';

const SCHEMA = 'ErrorResponse';

const CODE: SchemaObject = {
  type: 'string',
  enum: ERROR_CODES,
  description: 'What went wrong as a stable code (never renamed), for a client to say in its own language with `params`',
};
const PARAMS: SchemaObject = {
  type: 'object',
  additionalProperties: true,
  description: "The code's parameters (numbers, dates, enum values, field names, ids), where it has any",
};

/** The one error shape (http-error.ts), as clients read it. */
const ERROR_RESPONSE: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'error', 'message', 'code'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'Bad Request', description: 'The status as HTTP names it' },
    message: {
      type: 'string',
      example: 'contact.name: must be longer than or equal to 1 characters',
      description: 'What went wrong, in English, for a person to read',
    },
    code: { ...CODE, example: 'invalid-input' },
    params: { ...PARAMS, example: { taken: 20, capacity: 20 } },
    problems: {
      type: 'array',
      description: 'Each bad field or broken policy rule, where there are any',
      items: {
        type: 'object',
        required: ['path', 'problem', 'code'],
        properties: {
          path: { type: 'string', example: 'contact.name', description: 'Dotted path of the field; empty for the input as a whole' },
          problem: { type: 'string', example: 'must be longer than or equal to 1 characters', description: 'In English' },
          code: { ...CODE, example: 'too-short' },
          params: { ...PARAMS, example: { min: 1 } },
        },
      },
    },
  },
};

/** Why each status is answered; which operations can get it is decided in `statusesOf`. */
export const REFUSAL_DESCRIPTIONS: Record<string, string> = {
  '400':
    'The input is invalid (each bad field is in `problems`), holds what cannot be stored (NUL, a lone surrogate), or is nested too deep',
  '401': 'No valid bearer token',
  '403': 'The token’s roles or relations do not allow this',
  '404': 'Nothing with that id, or nothing this caller may see',
  '409': 'Refused in the current phase (with its reason), already exists, or the same Idempotency-Key is still being handled',
  '413': 'The body is larger than the limit',
  '422': 'The Idempotency-Key was used for another request',
  '429': 'Too many requests from this address in a minute (see Retry-After)',
  '503':
    'The database, the workflow engine or the audit log is not available, or the engine is at capacity (engine-busy, see Retry-After); ' +
    'nothing was done unless the message says it may take effect',
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Declares the one error shape once and refers to it from every operation,
 * for each refusal it can get: one step here rather than a decorator on each
 * route, as the filter, guard, pipes and interceptors answering them are
 * global too. A response a route declares itself keeps its description.
 */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, [SCHEMA]: ERROR_RESPONSE } };
  for (const pathItem of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(pathItem) as Array<[string, OperationObject]>) {
      if (!isOperation(method, operation)) continue;
      for (const status of statusesOf(method, operation, document)) {
        const declared = operation.responses[status] as ResponseObject | undefined;
        operation.responses[status] = {
          ...declared,
          description: declared?.description ?? REFUSAL_DESCRIPTIONS[status],
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${SCHEMA}` } } },
        };
      }
    }
  }
  return document;
}

function statusesOf(method: string, operation: OperationObject, document: OpenAPIObject): string[] {
  const places = new Set((operation.parameters ?? []).map((parameter) => ('in' in parameter ? parameter.in : undefined)));
  const authenticated = (operation.security ?? document.security ?? []).length > 0;
  const statuses = ['503'];
  if (operation.requestBody || places.has('query') || places.has('path')) statuses.push('400');
  // Health checks are the only operations without a token, and the rate limit leaves them alone too.
  if (authenticated) statuses.push('401', '403', '429');
  // An id in the path, the query or the body can name nothing this caller may see (a report's program, a quota's municipality).
  const namesRows = places.has('path') || places.has('query') || Boolean(operation.requestBody);
  if (namesRows && (authenticated || places.has('path'))) statuses.push('404');
  if (WRITES.has(method)) statuses.push('409', '422');
  if (operation.requestBody) statuses.push('413');
  return statuses;
}

function isOperation(method: string, operation: unknown): operation is OperationObject {
  return (
    ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method) &&
    typeof operation === 'object' &&
    operation !== null
  );
}
