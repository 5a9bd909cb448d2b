import { ValidationPipe } from '@nestjs/common';
import { invalidInput } from '../../../../libs/validation/coded-exceptions';
import { validationProblems } from '../../../../libs/validation/problems';

/**
 * Every body, query and parameter is validated against its DTO; unknown
 * fields are refused rather than dropped, and the 400 names each bad field.
 * The errors keep their target so each problem's parameters (a length's
 * bounds, the allowed values) can be read from the DTO's rules.
 */
export const apiValidationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  validationError: { target: true },
  exceptionFactory: (errors) => invalidInput(validationProblems(errors)),
});
