import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toHttpError } from './http-error';

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toHttpError(exception);
    if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR) {
      this.logger.error({ message: 'request failed', status: body.statusCode, error: String(exception), stack: (exception as Error)?.stack });
    }
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}
