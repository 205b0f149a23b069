import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

// The catalog every existing program starts with, as it stood when this migration was written (the domain's list may change later).
const CAPABILITIES = ['Systems & enablement', 'Process & planning', 'Data & insights', 'Execution & enablement'];
const ACTIVITIES: [capability: number, name: string][] = [
    [0, 'CRM administration'], [0, 'Marketing automation'], [0, 'CS platform administration'], [0, 'Integrations'], [0, 'Permissions and access'],
    [1, 'Lead routing'], [1, 'Lead-to-renewal process'], [1, 'Territory design'], [1, 'Quota setting'], [1, 'Forecasting framework'],
    [2, 'Dashboards'], [2, 'Metric definitions'], [2, 'Data quality'], [2, 'Data enrichment'], [2, 'Predictive models'],
    [3, 'Playbooks'], [3, 'Training'], [3, 'Change management'],
];
const NEW_TABLES = ['capability', 'activity', 'assessment_cell', 'assessment_reminder'];

// Assess: each program's capability and activity catalog, the grid of who does what today, reminders, and the Assess → Align gate.
export class AssessmentGrid1796480047830 implements MigrationInterface {
    name = 'AssessmentGrid1796480047830'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "capability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_a30c8f80d9cbf7c1315b30acfe4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_capability_name" ON "capability"  ("program_id", "name") `);
        await queryRunner.query(`CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "capability_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_activity_capability" ON "activity"  ("capability_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_activity_name" ON "activity"  ("program_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."work_performer" AS ENUM('central', 'local', 'both', 'nobody')`);
        await queryRunner.query(`CREATE TABLE "assessment_cell" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "activity_id" uuid NOT NULL, "unit_id" uuid, "performer" "public"."work_performer" NOT NULL, "maturity" smallint, "decides" boolean NOT NULL DEFAULT false, "note" character varying(1000) NOT NULL DEFAULT '', CONSTRAINT "PK_d14c49bd81eb118e4a19816da8d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_assessment_cell_program" ON "assessment_cell"  ("program_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_cell_central" ON "assessment_cell"  ("activity_id") WHERE "unit_id" IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment_cell_unit" ON "assessment_cell"  ("activity_id", "unit_id") `);
        await queryRunner.query(`CREATE TABLE "assessment_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "program_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "sent_by_id" uuid NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6311732d27f08e8b4125a363d66" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_assessment_reminder_program" ON "assessment_reminder"  ("program_id", "sent_at") `);
        await queryRunner.query(`ALTER TABLE "program" ADD "assessment_threshold" smallint NOT NULL DEFAULT '80'`);
        await queryRunner.query(`ALTER TABLE "program_phase_change" ADD "gate_override_reason" character varying(500)`);
        await queryRunner.query(`ALTER TABLE "capability" ADD CONSTRAINT "FK_8f8946e05d93a0d5c60fc681f8e" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_e4157c40b82b6be5e84f166839d" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_499ed0bc336f552fd1a88466422" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_cell" ADD CONSTRAINT "FK_a7cfd1bcde8031e1e1eeba6500b" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_cell" ADD CONSTRAINT "FK_e5e5d72eb0d0198735054a54dde" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_cell" ADD CONSTRAINT "FK_7b93683ff3754a42ab17009a891" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_reminder" ADD CONSTRAINT "FK_e55de11b97765d95dd7bc826917" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_reminder" ADD CONSTRAINT "FK_5bc2d04615df38ae0022b3560d8" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assessment_reminder" ADD CONSTRAINT "FK_92b85b2d401d418345ef6cbda26" FOREIGN KEY ("sent_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Every existing program gets the default catalog, in order.
        await queryRunner.query(
            `INSERT INTO "capability" ("org_id", "program_id", "name", "position")
             SELECT p.org_id, p.id, c.name, c.position - 1 FROM "program" p CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS c(name, position)`,
            [CAPABILITIES],
        );
        await queryRunner.query(
            `INSERT INTO "activity" ("org_id", "program_id", "capability_id", "name", "position")
             SELECT c.org_id, c.program_id, c.id, a.name, a.position - 1
               FROM unnest($1::int[], $2::text[]) WITH ORDINALITY AS a(capability, name, position)
               JOIN "capability" c ON c.position = a.capability`,
            [ACTIVITIES.map(([capability]) => capability), ACTIVITIES.map(([, name]) => name)],
        );
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, NEW_TABLES);
        await queryRunner.query(`ALTER TABLE "assessment_reminder" DROP CONSTRAINT "FK_92b85b2d401d418345ef6cbda26"`);
        await queryRunner.query(`ALTER TABLE "assessment_reminder" DROP CONSTRAINT "FK_5bc2d04615df38ae0022b3560d8"`);
        await queryRunner.query(`ALTER TABLE "assessment_reminder" DROP CONSTRAINT "FK_e55de11b97765d95dd7bc826917"`);
        await queryRunner.query(`ALTER TABLE "assessment_cell" DROP CONSTRAINT "FK_7b93683ff3754a42ab17009a891"`);
        await queryRunner.query(`ALTER TABLE "assessment_cell" DROP CONSTRAINT "FK_e5e5d72eb0d0198735054a54dde"`);
        await queryRunner.query(`ALTER TABLE "assessment_cell" DROP CONSTRAINT "FK_a7cfd1bcde8031e1e1eeba6500b"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_499ed0bc336f552fd1a88466422"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_e4157c40b82b6be5e84f166839d"`);
        await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "FK_8f8946e05d93a0d5c60fc681f8e"`);
        await queryRunner.query(`ALTER TABLE "program_phase_change" DROP COLUMN "gate_override_reason"`);
        await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "assessment_threshold"`);
        await queryRunner.query(`DROP INDEX "public"."ix_assessment_reminder_program"`);
        await queryRunner.query(`DROP TABLE "assessment_reminder"`);
        await queryRunner.query(`DROP INDEX "public"."uq_assessment_cell_unit"`);
        await queryRunner.query(`DROP INDEX "public"."uq_assessment_cell_central"`);
        await queryRunner.query(`DROP INDEX "public"."ix_assessment_cell_program"`);
        await queryRunner.query(`DROP TABLE "assessment_cell"`);
        await queryRunner.query(`DROP TYPE "public"."work_performer"`);
        await queryRunner.query(`DROP INDEX "public"."uq_activity_name"`);
        await queryRunner.query(`DROP INDEX "public"."ix_activity_capability"`);
        await queryRunner.query(`DROP TABLE "activity"`);
        await queryRunner.query(`DROP INDEX "public"."uq_capability_name"`);
        await queryRunner.query(`DROP TABLE "capability"`);
    }
}
