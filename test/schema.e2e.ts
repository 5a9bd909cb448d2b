import { DataSource } from 'typeorm';
import { loadConfig } from '../libs/config/load-config';
import { dataSourceOptions } from '../libs/persistence/data-source-options';

/** The migrations (run by global-setup) build exactly the schema the entities describe. */
it('has a migration for every entity change', async () => {
  const dataSource = await new DataSource(dataSourceOptions(loadConfig().database)).initialize();
  try {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  } finally {
    await dataSource.destroy();
  }
});
