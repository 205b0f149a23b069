import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { FEATURE_MODULES } from '../app.module.js';
import { entitiesOf } from '../common/feature-module.js';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source.js';

/** For the TypeORM CLI (`migration:generate`): uses DATABASE_URL. */
export const cliDataSource = new DataSource(dataSourceOptions(loadConfig().databaseUrl ?? 'postgres://localhost/rollout', entitiesOf(FEATURE_MODULES)));
