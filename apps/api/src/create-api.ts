import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { urlencoded } from 'express';
import type { Logger } from 'pino';
import { JsonNestLogger } from '../../../libs/logging/logger';
import { AppConfig } from '../../../libs/config/app-config';
import { ApiModule } from './api.module';
import { documentAccess } from './auth/document-access';
import { codecCors } from './codec/codec-cors';
import { documentClosedBodies } from './errors/document-closed-bodies';
import { documentErrors } from './errors/document-errors';
import { documentValidationRules } from './errors/document-validation-rules';
import { documentIdempotencyKey } from './idempotency/document-idempotency-key';
import { answerMalformedRequests } from './security/malformed-requests';
import { rateLimit } from './security/rate-limit';
import { refuseUnstorableInput } from './security/refuse-unstorable-input';
import { securityHeaders } from './security/security-headers';

/** The API application, configured the same way for `main` and the tests. */
export async function createApi(logger: Logger): Promise<NestExpressApplication> {
  // Only JSON bodies are read, by the one parser set up below, so every body passes the same checks.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { logger: new JsonNestLogger(logger), bodyParser: false });
  const { api, idempotency } = app.get(AppConfig);
  app.disable('x-powered-by');
  app.set('trust proxy', api.trustProxy);
  app.use(securityHeaders, rateLimit(api.rateLimitPerMinute));
  app.use('/codec', codecCors(api.codecCorsOrigin));
  app.useBodyParser('json', { limit: '100kb' });
  // The session cookie; and the sign-in page's form, the one place a browser posts a form.
  app.use(cookieParser());
  app.use('/sign-in', urlencoded({ extended: false, limit: '2kb' }));
  // After every parser, so the form's fields pass the same check as JSON bodies.
  app.use(refuseUnstorableInput);
  app.enableShutdownHooks();
  answerMalformedRequests(app.getHttpServer());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mentorflow API')
      .setDescription('Coordinators, mentors, referrers and panel members drive mentor programs through this API.')
      .setVersion('0.1')
      .addBearerAuth()
      .addCookieAuth('mentorflow_session')
      .build(),
  );
  SwaggerModule.setup(
    'docs',
    app,
    documentErrors(
      documentClosedBodies(documentValidationRules(documentIdempotencyKey(documentAccess(document, app), idempotency.keepFor), app)),
    ),
    {
      jsonDocumentUrl: 'docs/openapi.json',
    },
  );
  return app;
}
