import type { MigrationInterface, QueryRunner } from "typeorm";
import { FALLBACK_CAPABILITY_NAME, mapTagsToCatalog, tagKey, type TagTarget } from './catalog-tag-mapping.js';

/** The rows a query returns (the query runner types them as any). */
async function rows<T>(queryRunner: QueryRunner, sql: string, parameters: unknown[] = []): Promise<T[]> {
    return (await queryRunner.query(sql, parameters)) as T[];
}

interface ProgramCatalog {
    orgId: string;
    capabilities: { id: string; name: string; position: number }[];
    activities: { id: string; name: string; capabilityId: string; position: number }[];
}

// Pilots and lessons refer to catalog activities instead of free-text capabilities: each tag is mapped
// onto its program's catalog (catalog-tag-mapping.ts), tags matching nothing become new activities, then the text columns go.
export class CatalogActivityTags1796513978156 implements MigrationInterface {
    name = 'CatalogActivityTags1796513978156'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pilot" ADD "activity_ids" uuid array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD "activity_id" uuid`);
        await this.mapTags(queryRunner);
        await queryRunner.query(`ALTER TABLE "lesson" ALTER COLUMN "activity_id" SET NOT NULL`);
        await queryRunner.query(`DROP INDEX "public"."ix_lesson_program"`);
        await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "capability"`);
        await queryRunner.query(`ALTER TABLE "pilot" DROP COLUMN "capabilities"`);
        await queryRunner.query(`CREATE INDEX "ix_lesson_program" ON "lesson"  ("program_id", "activity_id") `);
        // Removing an activity a lesson is about is refused (the service says so first, by name).
        await queryRunner.query(`ALTER TABLE "lesson" ADD CONSTRAINT "FK_75e1f6a959a5390682ba3301980" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_75e1f6a959a5390682ba3301980"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lesson_program"`);
        await queryRunner.query(`ALTER TABLE "pilot" ADD "capabilities" character varying(120) array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD "capability" character varying(120)`);
        // Back to the activities' names; activities the up migration created stay in the catalog.
        await queryRunner.query(
            `UPDATE "pilot" p SET "capabilities" = ARRAY(SELECT a.name FROM unnest(p.activity_ids) WITH ORDINALITY AS t(id, n) JOIN "activity" a ON a.id = t.id ORDER BY t.n)
              WHERE cardinality(p.activity_ids) > 0`,
        );
        await queryRunner.query(`UPDATE "lesson" l SET "capability" = a.name FROM "activity" a WHERE a.id = l.activity_id`);
        await queryRunner.query(`ALTER TABLE "lesson" ALTER COLUMN "capability" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "activity_id"`);
        await queryRunner.query(`ALTER TABLE "pilot" DROP COLUMN "activity_ids"`);
        await queryRunner.query(`CREATE INDEX "ix_lesson_program" ON "lesson"  ("program_id", "capability") `);
    }

    /** Maps every program's pilot and lesson tags onto its catalog, adding activities (and the fallback capability) where needed. */
    private async mapTags(queryRunner: QueryRunner): Promise<void> {
        const pilots = await rows<{ id: string; program_id: string; capabilities: string[] }>(
            queryRunner,
            `SELECT id, program_id, capabilities FROM "pilot" WHERE cardinality(capabilities) > 0`,
        );
        const lessons = await rows<{ id: string; program_id: string; capability: string }>(queryRunner, `SELECT id, program_id, capability FROM "lesson"`);
        const tagsByProgram = new Map<string, string[]>();
        const addTags = (programId: string, tags: string[]) => tagsByProgram.set(programId, [...(tagsByProgram.get(programId) ?? []), ...tags]);
        for (const pilot of pilots) addTags(pilot.program_id, pilot.capabilities);
        for (const lesson of lessons) addTags(lesson.program_id, [lesson.capability]);

        const activityIdByProgramTag = new Map<string, string>();
        for (const [programId, tags] of tagsByProgram) {
            const catalog = await this.catalog(queryRunner, programId);
            const targets = mapTagsToCatalog(tags, catalog.capabilities, catalog.activities);
            for (const [key, target] of targets) activityIdByProgramTag.set(`${programId}:${key}`, await this.activityFor(queryRunner, programId, catalog, target));
        }
        const activityOf = (programId: string, tag: string) => activityIdByProgramTag.get(`${programId}:${tagKey(tag)}`);

        for (const pilot of pilots) {
            const activityIds = [...new Set(pilot.capabilities.map((tag) => activityOf(pilot.program_id, tag)).filter((id) => id !== undefined))];
            await queryRunner.query(`UPDATE "pilot" SET "activity_ids" = $2::uuid[] WHERE id = $1`, [pilot.id, activityIds]);
        }
        for (const lesson of lessons) {
            await queryRunner.query(`UPDATE "lesson" SET "activity_id" = $2 WHERE id = $1`, [lesson.id, activityOf(lesson.program_id, lesson.capability)]);
        }
    }

    private async catalog(queryRunner: QueryRunner, programId: string): Promise<ProgramCatalog> {
        const [program] = await rows<{ org_id: string }>(queryRunner, `SELECT org_id FROM "program" WHERE id = $1`, [programId]);
        const capabilities = await rows<ProgramCatalog['capabilities'][number]>(queryRunner, `SELECT id, name, position FROM "capability" WHERE program_id = $1`, [programId]);
        const activities = await rows<ProgramCatalog['activities'][number]>(
            queryRunner,
            `SELECT id, name, capability_id AS "capabilityId", position FROM "activity" WHERE program_id = $1`,
            [programId],
        );
        return { orgId: program?.org_id ?? '', capabilities, activities };
    }

    /** The target's activity id, inserting the new activity (and, once per program, the fallback capability) it needs. */
    private async activityFor(queryRunner: QueryRunner, programId: string, catalog: ProgramCatalog, target: TagTarget): Promise<string> {
        if (target.kind === 'existing') return target.activityId;
        const capabilityId = target.capabilityId ?? (await this.fallbackCapability(queryRunner, programId, catalog));
        const position = Math.max(-1, ...catalog.activities.map((activity) => activity.position)) + 1;
        const [row] = await rows<{ id: string }>(
            queryRunner,
            `INSERT INTO "activity" ("org_id", "program_id", "capability_id", "name", "position") VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [catalog.orgId, programId, capabilityId, target.name, position],
        );
        const id = row?.id ?? '';
        catalog.activities.push({ id, name: target.name, capabilityId, position });
        return id;
    }

    private async fallbackCapability(queryRunner: QueryRunner, programId: string, catalog: ProgramCatalog): Promise<string> {
        const existing = catalog.capabilities.find((capability) => capability.name === FALLBACK_CAPABILITY_NAME);
        if (existing) return existing.id;
        const position = Math.max(-1, ...catalog.capabilities.map((capability) => capability.position)) + 1;
        const [row] = await rows<{ id: string }>(
            queryRunner,
            `INSERT INTO "capability" ("org_id", "program_id", "name", "position") VALUES ($1, $2, $3, $4) RETURNING id`,
            [catalog.orgId, programId, FALLBACK_CAPABILITY_NAME, position],
        );
        const id = row?.id ?? '';
        catalog.capabilities.push({ id, name: FALLBACK_CAPABILITY_NAME, position });
        return id;
    }
}
