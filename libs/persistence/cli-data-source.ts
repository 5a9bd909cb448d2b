import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI only (`npm run migration:generate`). */
export default new DataSource(dataSourceOptions(loadConfig().database));
