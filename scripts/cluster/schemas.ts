import { execFileSync } from 'node:child_process';
import { PERSISTENCE_DATABASE, TemporalDatabase, VISIBILITY_DATABASE } from './server-config';

/** Each database and the schema (embedded in the SQL tool, from the module's schema/postgresql/v12) that goes into it. */
const SCHEMAS: Array<[database: string, schemaName: string]> = [
  [PERSISTENCE_DATABASE, 'postgresql/v12/temporal'],
  [VISIBILITY_DATABASE, 'postgresql/v12/visibility'],
];

/**
 * Brings Temporal's two databases to the schema version this server release
 * expects with the server's own `temporal-sql-tool`, as an operator upgrading a
 * deployment would: `setup-schema -v 0.0` creates the version tables (and
 * leaves a database that has them alone), `update-schema` applies the versioned
 * steps not applied yet. Run at every start; a current database is left as it is.
 */
export function ensureSchemas(sqlTool: string, database: TemporalDatabase, say: (line: string) => void): void {
  for (const [name, schemaName] of SCHEMAS) {
    const connection = ['--plugin', 'postgres12', '--ep', database.host, '-p', String(database.port), '-u', database.user, '--db', name];
    // The password goes through the environment, not the process list.
    const run = (args: string[]) =>
      execFileSync(sqlTool, [...connection, ...args], { env: { ...process.env, SQL_PASSWORD: database.password }, stdio: 'pipe' });
    run(['setup-schema', '-v', '0.0']);
    run(['update-schema', '--schema-name', schemaName]);
    say(`schema ${schemaName} is current in the database ${name}`);
  }
}
