import { ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { EngineBusyError } from '../../../../libs/temporal-connection/engine-gate';
import { coded, invalidInput, refused } from '../../../../libs/validation/coded-exceptions';
import { problemAt } from '../../../../libs/validation/problems';
import { toHttpError } from './http-error';

const queryFailed = (code: string) => new QueryFailedError('INSERT', [], Object.assign(new Error('db'), { code }));

describe('toHttpError', () => {
  it.each([
    [
      'a refused update',
      new WorkflowUpdateFailedError('update failed', ApplicationFailure.create({ message: 'the program is archived' })),
      409,
      'refused: the program is archived',
    ],
    [
      'an update the server turned away unprocessed',
      new WorkflowUpdateFailedError(
        'update failed',
        ApplicationFailure.create({
          message:
            "Workflow Update is rejected because it wasn't processed by worker. Probably, Workflow Update is not supported by the worker.",
        }),
      ),
      503,
      'the workflow engine turned the command away unprocessed (it was restarting); nothing was applied: send it again',
    ],
    ['a missing workflow', new WorkflowNotFoundError('gone', 'program-x', undefined), 404, 'no such workflow is running'],
    ['Temporal unreachable', new ServiceError('unavailable'), 503, 'the workflow engine is not reachable; try again shortly'],
    [
      'an update past the request deadline',
      new WorkflowUpdateRPCTimeoutOrCancelledError('deadline exceeded'),
      503,
      'the workflow engine did not finish the command in time; it may still take effect: send it again with the same ids',
    ],
    ['a unique violation', queryFailed('23505'), 409, 'that already exists'],
    ['a foreign key violation', queryFailed('23503'), 400, 'it refers to something that does not exist'],
    [
      'Postgres refusing connections',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }),
      503,
      'the database is not reachable; try again shortly',
    ],
    [
      'no pooled connection in time',
      new Error('timeout exceeded when trying to connect'),
      503,
      'the database did not answer in time (unreachable, or every connection busy); try again shortly',
    ],
    [
      'a body over the limit',
      Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, limit: 102400 }),
      413,
      'the body is larger than the limit of 100 kB',
    ],
    [
      'a body that is not JSON',
      Object.assign(new SyntaxError('Unexpected end'), { type: 'entity.parse.failed', status: 400 }),
      400,
      'the body is not valid JSON',
    ],
    [
      'a body in an unknown charset',
      Object.assign(new Error('unsupported charset'), { type: 'charset.unsupported', status: 415 }),
      415,
      'the body cannot be read (charset.unsupported)',
    ],
    ['anything else', new TypeError('x is undefined'), 500, 'internal error'],
  ])('maps %s', (_, error, statusCode, message) => {
    expect(toHttpError(error)).toMatchObject({ statusCode, message });
  });

  it.each([
    [
      'an update the server turned away unprocessed',
      new WorkflowUpdateFailedError('f', ApplicationFailure.create({ message: "wasn't processed by worker" })),
      'engine-turned-away',
      undefined,
    ],
    ['a missing workflow', new WorkflowNotFoundError('gone', 'program-x', undefined), 'workflow-not-running', undefined],
    ['Temporal unreachable', new ServiceError('unavailable'), 'engine-unavailable', undefined],
    ['an update past the request deadline', new WorkflowUpdateRPCTimeoutOrCancelledError('deadline exceeded'), 'engine-timeout', undefined],
    ['a command turned away at the engine gate', new EngineBusyError(2), 'engine-busy', { retryAfterSeconds: 2 }],
    ['a unique violation', queryFailed('23505'), 'conflict-exists', undefined],
    ['a foreign key violation', queryFailed('23503'), 'refers-to-missing', undefined],
    [
      'Postgres refusing connections',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      'database-unavailable',
      undefined,
    ],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect'), 'database-timeout', undefined],
    [
      'a body over the limit',
      Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413, limit: 102400 }),
      'body-too-large',
      { limitKb: 100 },
    ],
    [
      'a body that is not JSON',
      Object.assign(new SyntaxError('Unexpected end'), { type: 'entity.parse.failed', status: 400 }),
      'body-not-json',
      undefined,
    ],
    [
      'a body in an unknown charset',
      Object.assign(new Error('unsupported charset'), { type: 'charset.unsupported', status: 415 }),
      'body-unreadable',
      { reason: 'charset.unsupported' },
    ],
  ])('codes %s', (_, error, code, params) => {
    const body = toHttpError(error);
    expect(body.code).toBe(code);
    expect(body.params).toEqual(params);
  });

  it('keeps the problems a validation error names, each with its code', () => {
    const problems = [problemAt('slug', 'must-be-slug'), problemAt('slug', 'too-long', { max: 64 })];
    expect(toHttpError(invalidInput(problems))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message:
        'slug: must be lower-case letters and digits separated by single hyphens; slug: must be shorter than or equal to 64 characters',
      code: 'invalid-input',
      problems: [
        { path: 'slug', problem: 'must be lower-case letters and digits separated by single hyphens', code: 'must-be-slug' },
        { path: 'slug', problem: 'must be shorter than or equal to 64 characters', code: 'too-long', params: { max: 64 } },
      ],
    });
  });

  it('never leaks internals of an unexpected error', () => {
    expect(toHttpError(new Error('password=hunter2'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'internal error',
      code: 'internal',
    });
  });

  it("answers a workflow's refusal with its code and parameters", () => {
    const refusal = ApplicationFailure.create({
      message: 'the mentor has no free slot (20 of 20 taken)',
      type: 'no-free-slot',
      details: [{ taken: 20, capacity: 20 }],
    });
    expect(toHttpError(new WorkflowUpdateFailedError('update failed', refusal))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'refused: the mentor has no free slot (20 of 20 taken)',
      code: 'no-free-slot',
      params: { taken: 20, capacity: 20 },
    });
  });

  it('gives an update failure that is no refusal a generic code, and keeps its message', () => {
    const failure = ApplicationFailure.create({ message: 'x is undefined', type: 'TypeError' });
    expect(toHttpError(new WorkflowUpdateFailedError('update failed', failure))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'refused: x is undefined',
      code: 'refused-by-workflow',
    });
  });

  it('answers our exceptions with their code and parameters, and any other with its status’s code', () => {
    expect(toHttpError(coded(NotFoundException, 'not-found', { thing: 'nudge', id: 'n-1' }))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'no such nudge: n-1',
      code: 'not-found',
      params: { thing: 'nudge', id: 'n-1' },
    });
    expect(toHttpError(refused('archived', { thing: 'mentor' }))).toMatchObject({
      statusCode: 409,
      message: 'refused: the mentor is archived and can no longer be changed',
      code: 'archived',
    });
    expect(toHttpError(new NotFoundException('Cannot GET /nowhere'))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /nowhere',
      code: 'not-found',
    });
    expect(toHttpError(new ForbiddenException())).toMatchObject({ statusCode: 403, code: 'forbidden' });
    expect(toHttpError(new HttpException('slow down', 429))).toMatchObject({ statusCode: 429, code: 'rate-limited' });
    expect(toHttpError(new HttpException('teapot', 418))).toMatchObject({ statusCode: 418, code: 'bad-request' });
  });

  it('passes Nest HTTP exceptions through', () => {
    expect(toHttpError(new NotFoundException('program p does not exist'))).toMatchObject({
      statusCode: 404,
      message: 'program p does not exist',
    });
  });
});
