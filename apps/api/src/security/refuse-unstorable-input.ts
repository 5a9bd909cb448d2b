import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MAX_JSON_DEPTH, scanJsonInput } from './json-input-scan';
import { codedBody, invalidInput } from '../../../../libs/validation/coded-exceptions';
import { problemAt } from '../../../../libs/validation/problems';

/**
 * Runs right after the JSON body is parsed, for every route: a body nested
 * deeper than MAX_JSON_DEPTH, or a string or key in the body or the query that
 * PostgreSQL cannot store, is a 400 naming where, before validation (whose
 * recursion a deep body overflows) and before anything is written.
 */
export function refuseUnstorableInput(request: Request, _response: Response, next: NextFunction): void {
  const body = scanJsonInput(request.body);
  if (body.kind === 'too-deep') {
    const problems = [problemAt(body.path, 'nested-too-deep', { maxDepth: MAX_JSON_DEPTH })];
    return next(new BadRequestException({ ...codedBody('body-too-deep', { maxDepth: MAX_JSON_DEPTH }), problems }));
  }
  const query = scanJsonInput(request.query);
  const problems = [...(body.kind === 'unstorable' ? body.problems : []), ...(query.kind === 'unstorable' ? query.problems : [])];
  if (problems.length > 0) return next(invalidInput(problems));
  next();
}
