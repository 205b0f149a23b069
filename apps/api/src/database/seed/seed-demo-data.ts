import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
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
import { storyOfDemoAssessments } from './demo-assessments.js';
import { storyOfDemoBacklog } from './demo-backlog.js';
import { DEMO_ASSESSED_PROGRAM, storyOfDemoAssessmentInventory } from './demo-assessment-inventory.js';
import { DEMO_ALIGNMENT_PROGRAM, storyOfDemoAlignment } from './demo-alignment.js';
import { DEMO_DESIGN_PROGRAM, storyOfDemoDesign } from './demo-design.js';
import { DEMO_PILOT_PROGRAM, DEMO_PILOTS, storyOfDemoPilots } from './demo-pilots.js';
import { DEMO_RACI_PROGRAM, storyOfDemoRaci } from './demo-raci.js';
import { storyOfDemoGovernance } from './demo-governance.js';
import { storyOfDemoRollout } from './demo-rollout.js';
import { Story } from './story-clock.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PROGRAMS, DEMO_SETUP_AT, DEMO_UNITS, DEMO_USERS, type DemoProgram } from './demo-company.js';

function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown ${key}`);
  return value;
}

type Lookup = (key: string) => string;

/** A program's story: created in its first phase, members, each phase move, its units joining, the partners' reports, archiving. */
function storyOfProgram(story: Story, em: EntityManager, args: { orgId: string; demo: DemoProgram; unit: Lookup; user: Lookup; programIds: Map<string, string> }): void {
  const { orgId, demo, unit, user, programIds } = args;
  const [first, ...moves] = demo.steps;
  if (!first) throw new Error(`demo program ${demo.name} has no phase`);
  const programId = () => required(programIds, demo.name);
  story.on(first.on, () => user(first.by), async (at) => {
    const program = await em.save(
      ProgramEntity,
      em.create(ProgramEntity, {
        orgId,
        name: demo.name,
        objective: demo.objective,
        targetModel: demo.targetModel,
        sponsor: demo.sponsor,
        ownerId: user(demo.owner),
        startDate: demo.startDate,
        targetDate: demo.targetDate,
        status: demo.status,
        phase: first.to,
        createdAt: at,
        updatedAt: at,
      }),
    );
    programIds.set(demo.name, program.id);
    await em.insert(PhaseChangeEntity, { orgId, programId: program.id, fromPhase: null, toPhase: first.to, reason: first.reason ?? null, changedById: user(first.by), changedAt: at });
    for (const member of demo.members ?? []) await em.insert(ProgramMemberEntity, { orgId, programId: program.id, userId: user(member.email), role: member.role, createdAt: at });
  });
  let from = first.to;
  for (const step of moves) {
    const fromPhase = from;
    story.on(step.on, () => user(step.by), async (at) => {
      await em.update(ProgramEntity, { id: programId() }, { phase: step.to, updatedAt: at });
      await em.insert(PhaseChangeEntity, { orgId, programId: programId(), fromPhase, toPhase: step.to, reason: step.reason ?? null, changedById: user(step.by), changedAt: at });
    });
    from = step.to;
  }
  // Units join the rollout when the design is first settled (or at once, for a program not designed yet).
  const joined = demo.steps.find((step) => step.to === 'design') ?? first;
  story.on(joined.on, () => user(demo.owner), async (at) => {
    for (const demoUnit of demo.units ?? []) {
      await em.insert(ProgramUnitEntity, { orgId, programId: programId(), unitId: unit(demoUnit.code), createdAt: at, updatedAt: at });
    }
  });
  for (const demoUnit of demo.units ?? []) {
    const by = demoUnit.by;
    if (!by) continue;
    // The partner's own report, on its day, so the history names them and "last update" reads true.
    story.on(demoUnit.on ?? joined.on, () => user(by), async (at) => {
      await em.update(ProgramUnitEntity, { programId: programId(), unitId: unit(demoUnit.code) }, { blocked: demoUnit.blocked ?? false, note: demoUnit.note ?? '', updatedAt: at });
    });
  }
  const last = demo.steps.at(-1) ?? first;
  if (demo.archived) {
    story.on(last.on, () => user(demo.owner), async (at) => {
      await em.update(ProgramEntity, { id: programId() }, { archivedAt: at, updatedAt: at });
    });
  }
}

/** Loads the demo company into an empty database, in one transaction, written in story order and dated as the story says. Returns false if not empty. */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(OrganizationEntity).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (em) => {
    const story = new Story(new Date());
    const unitIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    const unit = (code: string) => required(unitIds, code);
    const user = (email: string) => required(userIds, email);
    const orgId = randomUUID();
    // Set-up (organization, units, accounts) happened before the first program; no one is named for it.
    story.on(DEMO_SETUP_AT, null, async (at) => {
      await em.insert(OrganizationEntity, { id: orgId, name: DEMO_ORGANIZATION, createdAt: at });
      for (const demoUnit of DEMO_UNITS) {
        const parentId = demoUnit.parent ? unit(demoUnit.parent) : null;
        const saved = await em.save(UnitEntity, em.create(UnitEntity, { orgId, name: demoUnit.name, code: demoUnit.code, kind: demoUnit.kind, parentId, createdAt: at, updatedAt: at }));
        unitIds.set(demoUnit.code, saved.id);
      }
      for (const demoUser of DEMO_USERS) {
        const saved = await em.save(
          UserEntity,
          em.create(UserEntity, { orgId, email: demoUser.email, name: demoUser.name, role: demoUser.role, passwordHash, createdAt: at, updatedAt: at }),
        );
        userIds.set(demoUser.email, saved.id);
        for (const code of demoUser.units ?? []) await em.insert(UserUnitEntity, { orgId, userId: saved.id, unitId: unit(code) });
      }
    });
    const programIds = new Map<string, string>();
    for (const demo of DEMO_PROGRAMS) storyOfProgram(story, em, { orgId, demo, unit, user, programIds });
    storyOfDemoAssessments(story, em, { orgId, programId: (name) => required(programIds, name), unit, user });
    // Pilots and roll-out are dated relative to the day the demo is loaded.
    const loadedOn = today();
    storyOfDemoPilots(story, em, { orgId, programId: () => required(programIds, DEMO_PILOT_PROGRAM), unit, user, today: loadedOn });
    storyOfDemoRollout(story, em, { orgId, programId: () => required(programIds, DEMO_PILOT_PROGRAM), unit, user, today: loadedOn });
    storyOfDemoGovernance(story, em, { orgId, programId: () => required(programIds, DEMO_PILOT_PROGRAM), user, today: loadedOn });
    storyOfDemoAssessmentInventory(story, em, { orgId, programId: () => required(programIds, DEMO_ASSESSED_PROGRAM), unit, user });
    storyOfDemoAlignment(story, em, { orgId, programId: () => required(programIds, DEMO_ALIGNMENT_PROGRAM), user });
    storyOfDemoDesign(story, em, { orgId, programId: () => required(programIds, DEMO_DESIGN_PROGRAM), unit, user });
    storyOfDemoRaci(story, em, { orgId, programId: () => required(programIds, DEMO_RACI_PROGRAM), user });
    storyOfDemoBacklog(story, em, { orgId, programId: (name) => required(programIds, name), unit, user, today: loadedOn });
    await story.tell(em);
  });
  logger.info({ units: DEMO_UNITS.length, users: DEMO_USERS.length, programs: DEMO_PROGRAMS.length, pilots: DEMO_PILOTS.length }, 'demo data loaded');
  return true;
}
