import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditTrail } from '../audit/audit-trail';
import { toHttpError } from './http-error';

/** Every error as one body (see http-error.ts), logged to the audit trail before it is answered: a refusal is a trace too. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly trail: AuditTrail) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const body = toHttpError(exception);
    if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR) {
      this.logger.error({ message: 'request failed', status: body.statusCode, error: String(exception), stack: (exception as Error)?.stack });
    }
    const http = host.switchToHttp();
    try {
      await this.trail.record(http.getRequest<Request>(), body.statusCode);
    } catch (error) {
      // The database being away is often why the request failed: answer anyway, and say the trace is missing.
      this.logger.error({ message: 'audit entry not written', status: body.statusCode, error: String(error) });
    }
    http.getResponse<Response>().status(body.statusCode).json(body);
  }
}
