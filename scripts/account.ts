import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../libs/config/load-config';
import { insertAccount } from '../libs/identity/account-rows';
import { dataSourceOptions } from '../libs/persistence/data-source-options';
import { ACCOUNT_USAGE, parseAccountArgs } from './account-args';

/**
 * `./mentorflow account add --email ADDRESS --name NAME [--role R]`: makes an
 * account straight in the configured database, with its audit row (no actor:
 * the command line). It is how a deployment gets its first operator, who
 * then signs in by mail link and makes every other account through the API;
 * and how one is made again if every operator was disabled by hand.
 */
async function main(): Promise<void> {
  const parsed = parseAccountArgs(process.argv.slice(2));
  if ('problems' in parsed) {
    console.error([...parsed.problems, ACCOUNT_USAGE].join('\n'));
    process.exit(2);
  }
  const config = loadConfig();
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    const made = await dataSource.transaction((manager) => insertAccount(manager, parsed.account, { id: null, roles: [] }, 'command-line'));
    console.log(`made the ${made.role} account ${made.id} for ${made.email}`);
    console.log(`she signs in at ${config.mail.appUrl}/sign-in with that address (the link comes by mail)`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
