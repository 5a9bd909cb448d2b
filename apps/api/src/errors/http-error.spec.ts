import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
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

  it('keeps the problems a validation error names', () => {
    const problems = [{ path: 'slug', problem: 'must be lower-case' }];
    expect(toHttpError(new BadRequestException({ message: 'slug: must be lower-case', problems }))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'slug: must be lower-case',
      problems,
    });
  });

  it('never leaks internals of an unexpected error', () => {
    expect(toHttpError(new Error('password=hunter2'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'internal error',
    });
  });

  it('passes Nest HTTP exceptions through', () => {
    expect(toHttpError(new NotFoundException('program p does not exist'))).toMatchObject({
      statusCode: 404,
      message: 'program p does not exist',
    });
  });
});
