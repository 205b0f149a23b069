import type { DataSource } from 'typeorm';
import { logger } from '../../common/logging/logger.js';
import { hashPassword } from '../../modules/auth/passwords.js';
import { PhaseChangeEntity } from '../../modules/programs/phase-change.entity.js';
import { ProgramMemberEntity } from '../../modules/programs/program-member.entity.js';
import { ProgramUnitEntity } from '../../modules/programs/program-unit.entity.js';
import { ProgramEntity } from '../../modules/programs/program.entity.js';
import { UnitEntity } from '../../modules/units/unit.entity.js';
import { OrganizationEntity } from '../../modules/users/organization.entity.js';
import { UserUnitEntity } from '../../modules/users/user-unit.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { today } from '../../common/time/today.js';
import { DEMO_PILOT_PROGRAM, DEMO_PILOTS, seedDemoPilots } from './demo-pilots.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PROGRAMS, DEMO_UNITS, DEMO_USERS } from './demo-company.js';

function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown ${key}`);
  return value;
}

/** Loads the demo company into an empty database, in one transaction. Returns false if not empty. */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(OrganizationEntity).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (em) => {
    const org = await em.save(OrganizationEntity, em.create(OrganizationEntity, { name: DEMO_ORGANIZATION }));
    const orgId = org.id;

    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const parentId = unit.parent ? required(unitIds, unit.parent) : null;
      const saved = await em.save(UnitEntity, em.create(UnitEntity, { orgId, name: unit.name, code: unit.code, kind: unit.kind, parentId }));
      unitIds.set(unit.code, saved.id);
    }

    const userIds = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const saved = await em.save(UserEntity, em.create(UserEntity, { orgId, email: user.email, name: user.name, role: user.role, passwordHash }));
      userIds.set(user.email, saved.id);
      for (const code of user.units ?? []) await em.insert(UserUnitEntity, { orgId, userId: saved.id, unitId: required(unitIds, code) });
    }

    const programIds = new Map<string, string>();
    for (const demo of DEMO_PROGRAMS) {
      const last = demo.steps.at(-1);
      const program = await em.save(
        ProgramEntity,
        em.create(ProgramEntity, {
          orgId,
          name: demo.name,
          objective: demo.objective,
          targetModel: demo.targetModel,
          sponsor: demo.sponsor,
          ownerId: required(userIds, demo.owner),
          startDate: demo.startDate,
          targetDate: demo.targetDate,
          status: demo.status,
          phase: last?.to ?? 'assess',
          archivedAt: demo.archived ? new Date(last?.on ?? demo.targetDate) : null,
          // Dated like the story, so "last updated" reads true.
          createdAt: new Date(demo.steps[0]?.on ?? demo.startDate),
          updatedAt: new Date(last?.on ?? demo.startDate),
        }),
      );
      programIds.set(demo.name, program.id);
      for (const demoUnit of demo.units ?? []) {
        const row = await em.save(ProgramUnitEntity, em.create(ProgramUnitEntity, { orgId, programId: program.id, unitId: required(unitIds, demoUnit.code) }));
        if (!demoUnit.by) continue;
        // The partner's own report, so the audit history names them.
        await em.query(`SELECT set_config('app.actor_id', $1, true)`, [required(userIds, demoUnit.by)]);
        await em.update(ProgramUnitEntity, { id: row.id }, { blocked: demoUnit.blocked ?? false, note: demoUnit.note ?? '' });
        await em.query(`SELECT set_config('app.actor_id', '', true)`);
      }
      for (const member of demo.members ?? []) {
        await em.insert(ProgramMemberEntity, { orgId, programId: program.id, userId: required(userIds, member.email), role: member.role });
      }
      let from: PhaseChangeEntity['fromPhase'] = null;
      for (const step of demo.steps) {
        await em.insert(PhaseChangeEntity, {
          orgId,
          programId: program.id,
          fromPhase: from,
          toPhase: step.to,
          reason: step.reason ?? null,
          changedById: required(userIds, step.by),
          changedAt: new Date(step.on),
        });
        from = step.to;
      }
    }
    await seedDemoPilots(em, {
      orgId,
      programId: required(programIds, DEMO_PILOT_PROGRAM),
      unit: (code) => required(unitIds, code),
      user: (email) => required(userIds, email),
      today: today(),
    });
  });
  logger.info({ units: DEMO_UNITS.length, users: DEMO_USERS.length, programs: DEMO_PROGRAMS.length, pilots: DEMO_PILOTS.length }, 'demo data loaded');
  return true;
}
