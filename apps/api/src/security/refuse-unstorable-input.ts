import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { formatProblem } from '../../../../libs/validation/problems';
import { MAX_JSON_DEPTH, scanJsonInput } from './json-input-scan';

/**
 * Runs right after the JSON body is parsed, for every route: a body nested
 * deeper than MAX_JSON_DEPTH, or a string or key in the body or the query that
 * PostgreSQL cannot store, is a 400 naming where, before validation (whose
 * recursion a deep body overflows) and before anything is written.
 */
export function refuseUnstorableInput(request: Request, _response: Response, next: NextFunction): void {
  const body = scanJsonInput(request.body);
  if (body.kind === 'too-deep') {
    const problem = `nested deeper than the limit of ${MAX_JSON_DEPTH} levels`;
    return next(new BadRequestException({ message: `the body is ${problem}`, problems: [{ path: body.path, problem }] }));
  }
  const query = scanJsonInput(request.query);
  const problems = [...(body.kind === 'unstorable' ? body.problems : []), ...(query.kind === 'unstorable' ? query.problems : [])];
  if (problems.length > 0) return next(new BadRequestException({ message: problems.map(formatProblem).join('; '), problems }));
  next();
}
