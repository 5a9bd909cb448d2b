import { loadConfig } from '../libs/config/load-config';
import { runMigrations } from './stack/migrate';

/** `./mentorflow migrate`: applies pending migrations to the configured database. */
runMigrations(loadConfig().database)
  .then((applied) => console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date'))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
