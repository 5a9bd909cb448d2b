import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { formatProblem, validationProblems } from '../../../../libs/validation/problems';

/**
 * Every body, query and parameter is validated against its DTO; unknown
 * fields are refused rather than dropped, and the 400 names each bad field.
 */
export const apiValidationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const problems = validationProblems(errors);
    return new BadRequestException({ message: problems.map(formatProblem).join('; '), problems });
  },
});
