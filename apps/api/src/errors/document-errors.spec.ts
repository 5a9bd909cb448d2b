import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { ERROR_CODES } from '../../../../libs/contracts/error-codes';
import { documentErrors } from './document-errors';

const ERROR = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } };

describe('documentErrors', () => {
  const document = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/health/live': { get: { responses: { '200': { description: 'up' } } } },
      '/programs': {
        get: { security: [{ bearer: [] }], parameters: [{ name: 'status', in: 'query' }], responses: { '200': { description: 'ok' } } },
        post: { security: [{ bearer: [] }], requestBody: { content: {} }, responses: { '201': { description: 'made' } } },
      },
      '/programs/{id}': {
        patch: {
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path' }],
          requestBody: { content: {} },
          responses: { '409': { description: 'archived' } },
        },
      },
    },
  });
  const statuses = (responses: object) => Object.keys(responses).sort();

  it('declares the one error shape once, with every code a body or a problem can carry', () => {
    const schema = documentErrors(document()).components?.schemas?.ErrorResponse as SchemaObject;
    expect(schema).toMatchObject({ required: ['statusCode', 'error', 'message', 'code'] });
    const problem = (schema.properties!.problems as SchemaObject).items as SchemaObject;
    for (const code of [schema.properties!.code, problem.properties!.code] as SchemaObject[]) {
      expect(code.enum).toEqual(ERROR_CODES);
      expect(code.enum).toEqual(expect.arrayContaining(['not-found', 'invalid-input', 'too-short', 'no-free-slot', 'must-not-exceed']));
    }
    expect(problem.required).toEqual(['path', 'problem', 'code']);
  });

  it('gives each operation the refusals it can get, in the shared shape', () => {
    const { paths } = documentErrors(document());
    expect(statuses(paths['/health/live'].get!.responses)).toEqual(['200', '503']);
    expect(statuses(paths['/programs'].get!.responses)).toEqual(['200', '400', '401', '403', '404', '429', '503']);
    expect(statuses(paths['/programs'].post!.responses)).toEqual(['201', '400', '401', '403', '404', '409', '413', '422', '429', '503']);
    expect(statuses(paths['/programs/{id}'].patch!.responses)).toEqual(['400', '401', '403', '404', '409', '413', '422', '429', '503']);
    expect(paths['/programs'].post!.responses['422']).toEqual({
      description: 'The Idempotency-Key was used for another request',
      content: ERROR,
    });
  });

  it("keeps a route's own description of a refusal, with the shared shape", () => {
    expect(documentErrors(document()).paths['/programs/{id}'].patch!.responses['409']).toEqual({ description: 'archived', content: ERROR });
  });
});
