import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createUserSchema, DomainError, parseInput, text } from '@rollout/domain';
import { checkPasswordStrength } from '@rollout/domain/passwords';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { logger } from '../common/logging/logger.js';
import { loadConfig } from '../config/config.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { OrganizationEntity } from '../modules/users/organization.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { dataSourceOptions } from './data-source.js';
import { writeTransaction } from './write-transaction.js';

const USAGE = 'Usage: node apps/api/dist/database/create-first-admin.js --organization "Acme" --email admin@acme.example --name "Ada Admin" < password-file';

/**
 * Creates the organization and its first admin in a new production database (which has no demo
 * data), so someone can sign in and create everyone else in the app. The password is read from
 * standard input, never from the command line (process lists and shell history would show it).
 * Refuses once any user exists.
 */
async function createFirstAdmin(): Promise<void> {
  const { values } = parseArgs({ options: { organization: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } });
  const password = await readPassword();
  const organization = parseInput(z.object({ organization: text('Organization', 1, 120) }), values).organization;
  const admin = parseInput(createUserSchema, { email: values.email, name: values.name, password, role: 'admin' });
  checkPasswordStrength(admin.password, admin, 'password');
  const config = loadConfig();
  logger.level = config.logLevel;
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required.');
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl, [OrganizationEntity, UserEntity]));
  await dataSource.initialize();
  try {
    const passwordHash = await hashPassword(admin.password);
    await writeTransaction(dataSource, null, async (em) => {
      // One bootstrap per database: after it, admins create users in the app.
      await em.query('LOCK TABLE app_user IN EXCLUSIVE MODE');
      if ((await em.count(UserEntity)) > 0) throw new Error('This database already has users: sign in as an admin and create users in the app.');
      const org = await em.save(em.create(OrganizationEntity, { name: organization }));
      await em.save(em.create(UserEntity, { orgId: org.id, email: admin.email, name: admin.name, role: 'admin', passwordHash }));
    });
    process.stdout.write(`Created ${organization} and its admin ${admin.email}.\n`);
  } finally {
    await dataSource.destroy();
  }
}

/** The first line of standard input. */
async function readPassword(): Promise<string> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  return input.split(/\r?\n/)[0] ?? '';
}

try {
  await createFirstAdmin();
} catch (error) {
  const detail = error instanceof DomainError ? error.fieldErrors.map((field) => `  ${field.field}: ${field.message}`).join('\n') : '';
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n${detail}\n${USAGE}\n`);
  process.exit(1);
}
