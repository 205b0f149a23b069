import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

export class Backlog1796600900000 implements MigrationInterface {
    name = 'Backlog1796600900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."prioritisation_framework" AS ENUM('rice', 'wsjf')`);
        await queryRunner.query(`CREATE TABLE "backlog_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "framework" "public"."prioritisation_framework" NOT NULL DEFAULT 'rice', "focus_days_per_person_month" numeric(4,1) NOT NULL DEFAULT '12', "inbound_secret" character varying(100), CONSTRAINT "PK_0df85c406bd00f089f22e58bef0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_backlog_settings_program" ON "backlog_settings"  ("program_id") `);
        await queryRunner.query(`CREATE TABLE "request_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(60) NOT NULL, "triage_days" integer NOT NULL, "deliver_days" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "ck_request_type_days" CHECK ("triage_days" > 0 AND "deliver_days" > 0), CONSTRAINT "PK_ea486e08f500f3500119900a477" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_request_type_name" ON "request_type"  ("program_id", "name") `);
        await queryRunner.query(`CREATE TYPE "public"."request_status" AS ENUM('new', 'triaged', 'committed', 'in_progress', 'delivered', 'declined', 'merged')`);
        await queryRunner.query(`CREATE TYPE "public"."request_approval" AS ENUM('pending', 'approved', 'rejected')`);
        await queryRunner.query(`CREATE TABLE "revops_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "number" integer NOT NULL, "type_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "activity_id" uuid, "problem" character varying(200) NOT NULL, "impact" text NOT NULL DEFAULT '', "wished_on" date, "status" "public"."request_status" NOT NULL DEFAULT 'new', "filed_by_id" uuid NOT NULL, "effort_days" numeric(6,1), "reach" integer, "impact_score" numeric(4,2), "confidence" smallint, "business_value" smallint, "time_criticality" smallint, "risk_reduction" smallint, "triaged_at" TIMESTAMP(3) WITH TIME ZONE, "planned_month" date, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "decline_reason" character varying(500) NOT NULL DEFAULT '', "merged_into_id" uuid, "approval" "public"."request_approval", "approved_by_id" uuid, "approval_note" character varying(500) NOT NULL DEFAULT '', "raised_by_decision_id" uuid, CONSTRAINT "PK_54d00c8c4c992c6557d0168844d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_revops_request_program" ON "revops_request"  ("program_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_revops_request_number" ON "revops_request"  ("program_id", "number") `);
        await queryRunner.query(`CREATE TABLE "request_requester" ("request_id" uuid NOT NULL, "user_id" uuid NOT NULL, "org_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "added_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ac03ca9a3c462a355a3c7f6ad5" PRIMARY KEY ("request_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_request_requester_user" ON "request_requester"  ("user_id") `);
        await queryRunner.query(`ALTER TYPE "public"."subject_kind" ADD VALUE 'request'`);
        await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'request_update'`);
        await queryRunner.query(`ALTER TABLE "backlog_settings" ADD CONSTRAINT "FK_6cfaacd1d37f1a8ccb0666d9a9c" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "request_type" ADD CONSTRAINT "FK_2e57463038a67c858d7df3588b5" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_0e3fe5e18b9522640e54d9f1c97" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_6d99c487e243fbf23ea55aa5c10" FOREIGN KEY ("type_id") REFERENCES "request_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_421ba45a8fee7e9086b315b1318" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_d9ce67adb1e3e9cf23a8f471c92" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_f8d216046deff6f4258e4bd4ff1" FOREIGN KEY ("filed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_3e51fc70da4a6dea62bfe82473e" FOREIGN KEY ("merged_into_id") REFERENCES "revops_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_369c90e9d1957d4f2e138a4a77a" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "revops_request" ADD CONSTRAINT "FK_2ada44a0b7a32165c1f72858065" FOREIGN KEY ("raised_by_decision_id") REFERENCES "meeting_decision"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "request_requester" ADD CONSTRAINT "FK_85664529f54dd3df4734a45ec9f" FOREIGN KEY ("request_id") REFERENCES "revops_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "request_requester" ADD CONSTRAINT "FK_1e5cadc87c70018af2a8f74179e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "request_requester" ADD CONSTRAINT "FK_b998ec3c2292a2801c04e76fe91" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Every program takes requests from the start: the default types and their service levels as
        // this migration shipped them (written out, so a later change of the defaults leaves it as it was).
        const types: [string, number, number][] = [['Report / dashboard', 3, 20], ['Process change', 5, 45], ['System / tool change', 5, 60], ['Data fix', 2, 10], ['Enablement / training', 5, 30], ['Campaign operations', 2, 10]];
        for (const [position, [name, triageDays, deliverDays]] of types.entries()) {
            await queryRunner.query(`INSERT INTO "request_type" (org_id, program_id, name, triage_days, deliver_days, position) SELECT org_id, id, $1, $2, $3, $4 FROM "program"`, [name, triageDays, deliverDays, position]);
        }
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['revops_request', 'request_type', 'backlog_settings']);
        await queryRunner.query(`ALTER TABLE "request_requester" DROP CONSTRAINT "FK_b998ec3c2292a2801c04e76fe91"`);
        await queryRunner.query(`ALTER TABLE "request_requester" DROP CONSTRAINT "FK_1e5cadc87c70018af2a8f74179e"`);
        await queryRunner.query(`ALTER TABLE "request_requester" DROP CONSTRAINT "FK_85664529f54dd3df4734a45ec9f"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_2ada44a0b7a32165c1f72858065"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_369c90e9d1957d4f2e138a4a77a"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_3e51fc70da4a6dea62bfe82473e"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_f8d216046deff6f4258e4bd4ff1"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_d9ce67adb1e3e9cf23a8f471c92"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_421ba45a8fee7e9086b315b1318"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_6d99c487e243fbf23ea55aa5c10"`);
        await queryRunner.query(`ALTER TABLE "revops_request" DROP CONSTRAINT "FK_0e3fe5e18b9522640e54d9f1c97"`);
        await queryRunner.query(`ALTER TABLE "request_type" DROP CONSTRAINT "FK_2e57463038a67c858d7df3588b5"`);
        await queryRunner.query(`ALTER TABLE "backlog_settings" DROP CONSTRAINT "FK_6cfaacd1d37f1a8ccb0666d9a9c"`);
        // The enums shared by several columns: rows using the new values go, then each column moves to the old type at once.
        await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'request_update'`);
        await queryRunner.query(`DELETE FROM "webhook_delivery" WHERE "kind" = 'request_update'`);
        await queryRunner.query(`UPDATE "notification_preference" SET "muted_kinds" = array_remove("muted_kinds", 'request_update')`);
        await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('stale_check_in', 'action_assigned', 'action_overdue', 'meeting_soon', 'gate_soon', 'wave_readiness_due')`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ALTER COLUMN "muted_kinds" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
        await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ALTER COLUMN "muted_kinds" TYPE "public"."notification_kind_old"[] USING "muted_kinds"::"text"[]::"public"."notification_kind_old"[]`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ALTER COLUMN "muted_kinds" SET DEFAULT '{}'`);
        await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
        await queryRunner.query(`UPDATE "meeting_decision" SET "subject_kind" = NULL, "subject_id" = NULL WHERE "subject_kind" = 'request'`);
        await queryRunner.query(`UPDATE "action_item" SET "subject_kind" = NULL, "subject_id" = NULL WHERE "subject_kind" = 'request'`);
        await queryRunner.query(`CREATE TYPE "public"."subject_kind_old" AS ENUM('pilot', 'wave', 'unit', 'capability')`);
        await queryRunner.query(`ALTER TABLE "meeting_decision" ALTER COLUMN "subject_kind" TYPE "public"."subject_kind_old" USING "subject_kind"::"text"::"public"."subject_kind_old"`);
        await queryRunner.query(`ALTER TABLE "action_item" ALTER COLUMN "subject_kind" TYPE "public"."subject_kind_old" USING "subject_kind"::"text"::"public"."subject_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."subject_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."subject_kind_old" RENAME TO "subject_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_request_requester_user"`);
        await queryRunner.query(`DROP TABLE "request_requester"`);
        await queryRunner.query(`DROP INDEX "public"."uq_revops_request_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_revops_request_program"`);
        await queryRunner.query(`DROP TABLE "revops_request"`);
        await queryRunner.query(`DROP TYPE "public"."request_approval"`);
        await queryRunner.query(`DROP TYPE "public"."request_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_request_type_name"`);
        await queryRunner.query(`DROP TABLE "request_type"`);
        await queryRunner.query(`DROP INDEX "public"."uq_backlog_settings_program"`);
        await queryRunner.query(`DROP TABLE "backlog_settings"`);
        await queryRunner.query(`DROP TYPE "public"."prioritisation_framework"`);
    }

}
