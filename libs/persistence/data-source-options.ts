import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one description of how to reach the database. The schema comes only
 * from migrations: `synchronize` stays off so a deploy never alters tables
 * on its own.
 */
export function dataSourceOptions(database: DatabaseConfig): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: database.url,
    ssl: database.ssl ? { rejectUnauthorized: true } : false,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install on a managed database.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Keep connection attempts short so an outage answers 503 instead of hanging.
    extra: { connectionTimeoutMillis: 5000, max: 10 },
  };
}
