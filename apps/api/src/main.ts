import 'reflect-metadata';
import { loadConfig } from '../../../libs/config/load-config';
import { createLogger } from '../../../libs/logging/logger';
import { createApi } from './create-api';

// Stack traces point into our TypeScript however the API is started (see the worker's main for why not a node flag).
process.setSourceMapsEnabled(true);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('api', config.logLevel);
  const app = await createApi(logger);
  await app.listen(config.api.port);
  logger.info({ url: config.api.publicUrl, docs: `${config.api.publicUrl}/docs` }, 'api listening');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
