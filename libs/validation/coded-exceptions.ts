import { BadRequestException, ConflictException, HttpException } from '@nestjs/common';
import { codeAndParams, ErrorArgs, ErrorCode, ErrorParams, errorText } from '../contracts/error-codes';
import { formatProblem, Problem } from './problems';

/** What an HTTP exception's response holds for the error body (apps/api/src/errors/http-error.ts). */
export interface CodedBody {
  message: string;
  code: ErrorCode;
  params?: ErrorParams;
  problems?: Problem[];
}

/** The body of an error with a code: its parameters, and the English text they make. */
export function codedBody<Code extends ErrorCode>(code: Code, ...params: ErrorArgs<Code>): CodedBody {
  return { message: errorText(code, ...params), ...codeAndParams(code, ...params) };
}

type HttpExceptionClass = new (body: CodedBody) => HttpException;

/** An HTTP exception (404, 403…) with a code: `throw coded(NotFoundException, 'not-found', { thing: 'nudge', id })`. */
export function coded<Code extends ErrorCode>(Exception: HttpExceptionClass, code: Code, ...params: ErrorArgs<Code>): HttpException {
  return new Exception(codedBody(code, ...params));
}

/** A refusal of the API's own, worded "refused: …" as a workflow's refusal is; a 409 unless another exception is given. */
export function refused<Code extends ErrorCode>(code: Code, ...params: ErrorArgs<Code>): HttpException {
  return refusedAs(ConflictException, code, ...params);
}

export function refusedAs<Code extends ErrorCode>(Exception: HttpExceptionClass, code: Code, ...params: ErrorArgs<Code>): HttpException {
  const body = codedBody(code, ...params);
  return new Exception({ ...body, message: `refused: ${body.message}` });
}

/** The 400 every route answers a bad input with: each problem, and all of them as the message. */
export function invalidInput(problems: Problem[]): BadRequestException {
  return new BadRequestException({ message: problems.map(formatProblem).join('; '), code: 'invalid-input', problems });
}
