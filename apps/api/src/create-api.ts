import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { JsonNestLogger } from '../../../libs/logging/logger';
import { ApiModule } from './api.module';

/** The API application, configured the same way for `main` and the tests. */
export async function createApi(logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { logger: new JsonNestLogger(logger) });
  app.useBodyParser('json', { limit: '100kb' });
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mentorflow API')
      .setDescription('Coordinators, mentors, referrers and panel members drive mentor programs through this API.')
      .setVersion('0.1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
