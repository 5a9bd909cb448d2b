import { BadRequestException } from '@nestjs/common';
import { formatProblem, Problem } from './problems';

/** The 400 every route answers a bad input with (the same shape as the validation pipe's). */
export function invalidInput(problems: Problem[]): BadRequestException {
  return new BadRequestException({ message: problems.map(formatProblem).join('; '), problems });
}
