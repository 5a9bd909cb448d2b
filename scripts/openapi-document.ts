import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ApiModule } from '../apps/api/src/api.module';
import { openApiDocument } from '../apps/api/src/openapi-document';
import { loadConfig } from '../libs/config/load-config';

/** Where the console's typed client reads the API from: the document, and the types openapi-typescript makes of it. */
export const COMMITTED_DOCUMENT = join(__dirname, '..', 'apps', 'console', 'src', 'api', 'openapi.json');
export const COMMITTED_SCHEMA = join(__dirname, '..', 'apps', 'console', 'src', 'api', 'schema.d.ts');

/**
 * The document the API serves at /docs/openapi.json, handed with the application it was made from to `use` (a check that reads
 * both). Nest's preview mode builds the module graph without instantiating a provider, so neither PostgreSQL nor Temporal is
 * needed; the defaults stand in for the environment.
 */
export async function withOpenApiDocument<T>(use: (document: OpenAPIObject, app: INestApplication) => T): Promise<T> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false });
  try {
    return use(openApiDocument(app, loadConfig({}).idempotency.keepFor), app);
  } finally {
    await app.close();
  }
}

/** The document the API serves, as text. */
export function currentOpenApiDocument(): Promise<string> {
  return withOpenApiDocument((document) => `${JSON.stringify(document, null, 2)}\n`);
}

/** The TypeScript types of a document file, as openapi-typescript writes them (its command, since it is an ES module). */
export function schemaTypesOf(documentPath: string): string {
  const cli = join(__dirname, '..', 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  return execFileSync(process.execPath, [cli, documentPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function main(): Promise<void> {
  writeFileSync(COMMITTED_DOCUMENT, await currentOpenApiDocument());
  writeFileSync(COMMITTED_SCHEMA, schemaTypesOf(COMMITTED_DOCUMENT));
  console.log(`wrote ${COMMITTED_DOCUMENT} and ${COMMITTED_SCHEMA}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
