import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../libs/config/app-config';
import { dataSourceOptions } from '../../libs/persistence/data-source-options';

/** Applies every pending TypeORM migration; returns the names applied. */
export async function runMigrations(database: DatabaseConfig): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(database)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
