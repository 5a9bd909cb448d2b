import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentAccess } from './auth/document-access';
import { documentClosedBodies } from './errors/document-closed-bodies';
import { documentErrors } from './errors/document-errors';
import { documentValidationRules } from './errors/document-validation-rules';
import { documentIdempotencyKey } from './idempotency/document-idempotency-key';

/**
 * The API's OpenAPI document, from its controllers and DTOs: served at /docs, and written for the console's typed client
 * (scripts/openapi-document.ts), which is why it needs no provider running.
 */
export function openApiDocument(app: INestApplication, idempotencyKeepFor: string): OpenAPIObject {
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
  const described = documentValidationRules(documentIdempotencyKey(documentAccess(document, app), idempotencyKeepFor), app);
  return documentErrors(documentClosedBodies(described));
}
