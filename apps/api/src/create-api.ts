import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { urlencoded } from 'express';
import type { Logger } from 'pino';
import { JsonNestLogger } from '../../../libs/logging/logger';
import { AppConfig, offOrDurationMs } from '../../../libs/config/app-config';
import { EngineGate } from '../../../libs/temporal-connection/engine-gate';
import { ApiModule } from './api.module';
import { codecCors } from './codec/codec-cors';
import { EventLoopLag } from './load-shedding/event-loop-lag';
import { shedLoad } from './load-shedding/shed-load';
import { serveConsole } from './console/serve-console';
import { ApiMetrics } from './observability/api-metrics';
import { observeRequests } from './observability/request-observation';
import { openApiDocument } from './openapi-document';
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
  // First, so every request is counted and logged with its id, those the rate limit or a parser refuses too.
  const metrics = app.get(ApiMetrics);
  app.use(observeRequests((answered) => metrics.answered(answered), logger));
  app.use(securityHeaders, rateLimit(api.rateLimitPerMinute));
  // Past capacity, refused before anything of the request is read (a client past its own limit is still told so, 429).
  const [lag, gate] = [app.get(EventLoopLag), app.get(EngineGate)];
  const signals = {
    eventLoopLagMs: () => lag.ms,
    engineFull: () => gate.full,
    waitingOnEngine: () => gate.busy.inFlight + gate.busy.queued,
  };
  const limits = {
    maxInFlight: api.maxInFlight,
    maxEventLoopLagMs: offOrDurationMs(api.shedEventLoopLag),
    retryAfterSeconds: api.engineRetryAfterSeconds,
  };
  app.use(shedLoad(signals, limits));
  app.use('/codec', codecCors(api.codecCorsOrigin));
  app.useBodyParser('json', { limit: '100kb' });
  // The session cookie; and the sign-in page's form, the one place a browser posts a form.
  app.use(cookieParser());
  app.use('/sign-in', urlencoded({ extended: false, limit: '2kb' }));
  // Before every route: a browser's navigation to a console page gets the page, the same address fetched answers JSON.
  app.use(serveConsole(api.consoleDir));
  // After every parser, so the form's fields pass the same check as JSON bodies.
  app.use(refuseUnstorableInput);
  app.enableShutdownHooks();
  answerMalformedRequests(app.getHttpServer());
  SwaggerModule.setup('docs', app, openApiDocument(app, idempotency.keepFor), {
    jsonDocumentUrl: 'docs/openapi.json',
  });
  return app;
}
