import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

export class Governance1796600500000 implements MigrationInterface {
    name = 'Governance1796600500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."forum_cadence" AS ENUM('weekly', 'biweekly', 'monthly', 'quarterly', 'annually')`);
        await queryRunner.query(`CREATE TYPE "public"."weekday" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')`);
        await queryRunner.query(`CREATE TABLE "forum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "purpose" text NOT NULL DEFAULT '', "cadence" "public"."forum_cadence" NOT NULL, "weekday" "public"."weekday" NOT NULL, "week_of_month" smallint, "starts_on" date NOT NULL, "start_time" character varying(5) NOT NULL, "time_zone" character varying(64) NOT NULL, "duration_minutes" smallint NOT NULL, "attendee_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ffd925a9b1fa44ab1ce26c9821c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_forum_program" ON "forum"  ("program_id", "name") `);
        await queryRunner.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "forum_id" uuid NOT NULL, "program_id" uuid NOT NULL, "occurs_on" date NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "moved" boolean NOT NULL DEFAULT false, "cancelled_reason" text, "agenda" jsonb, "agenda_generated_at" TIMESTAMP(3) WITH TIME ZONE, "started_at" TIMESTAMP(3) WITH TIME ZONE, "ended_at" TIMESTAMP(3) WITH TIME ZONE, "attendee_ids" uuid array NOT NULL DEFAULT '{}', "notes" text NOT NULL DEFAULT '', CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_meeting_program" ON "meeting"  ("program_id", "starts_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_occurrence" ON "meeting"  ("forum_id", "occurs_on") `);
        await queryRunner.query(`CREATE TYPE "public"."action_item_status" AS ENUM('open', 'done', 'dropped')`);
        await queryRunner.query(`CREATE TYPE "public"."subject_kind" AS ENUM('pilot', 'wave', 'unit', 'capability')`);
        await queryRunner.query(`CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "owner_id" uuid NOT NULL, "due_on" date NOT NULL, "status" "public"."action_item_status" NOT NULL DEFAULT 'open', "subject_kind" "public"."subject_kind", "subject_id" uuid, CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_action_item_owner" ON "action_item"  ("owner_id", "status", "due_on") `);
        await queryRunner.query(`CREATE INDEX "ix_action_item_program" ON "action_item"  ("program_id", "status", "due_on") `);
        await queryRunner.query(`CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "org_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3a0b1d1c7619ea19ff1affaaf70" UNIQUE ("token_hash"), CONSTRAINT "PK_29b8f216ae4f5fdd5bcc8de8112" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "meeting_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "program_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "rationale" text NOT NULL DEFAULT '', "subject_kind" "public"."subject_kind", "subject_id" uuid, "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6787600e55cc73688b127a1cd93" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_meeting_decision_meeting" ON "meeting_decision"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "ix_meeting_decision_program" ON "meeting_decision"  ("program_id", "decided_at") `);
        await queryRunner.query(`ALTER TABLE "forum" ADD CONSTRAINT "FK_15a3cff166549f0f0814a5b2835" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_111c011124487e3d6cfb0979e62" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_f9df10a302204c2cdb743e048e3" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_decision" ADD CONSTRAINT "FK_f4733268fa0a9cc03377bf1a58f" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_decision" ADD CONSTRAINT "FK_13cddc05ba555b8d2f41d1c0ba2" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['action_item', 'meeting_decision', 'meeting', 'forum']);
        await queryRunner.query(`ALTER TABLE "meeting_decision" DROP CONSTRAINT "FK_13cddc05ba555b8d2f41d1c0ba2"`);
        await queryRunner.query(`ALTER TABLE "meeting_decision" DROP CONSTRAINT "FK_f4733268fa0a9cc03377bf1a58f"`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"`);
        await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_f9df10a302204c2cdb743e048e3"`);
        await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_111c011124487e3d6cfb0979e62"`);
        await queryRunner.query(`ALTER TABLE "forum" DROP CONSTRAINT "FK_15a3cff166549f0f0814a5b2835"`);
        await queryRunner.query(`DROP INDEX "public"."ix_meeting_decision_program"`);
        await queryRunner.query(`DROP INDEX "public"."ix_meeting_decision_meeting"`);
        await queryRunner.query(`DROP TABLE "meeting_decision"`);
        await queryRunner.query(`DROP TABLE "calendar_feed"`);
        await queryRunner.query(`DROP INDEX "public"."ix_action_item_program"`);
        await queryRunner.query(`DROP INDEX "public"."ix_action_item_owner"`);
        await queryRunner.query(`DROP TABLE "action_item"`);
        await queryRunner.query(`DROP TYPE "public"."subject_kind"`);
        await queryRunner.query(`DROP TYPE "public"."action_item_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_meeting_occurrence"`);
        await queryRunner.query(`DROP INDEX "public"."ix_meeting_program"`);
        await queryRunner.query(`DROP TABLE "meeting"`);
        await queryRunner.query(`DROP INDEX "public"."ix_forum_program"`);
        await queryRunner.query(`DROP TABLE "forum"`);
        await queryRunner.query(`DROP TYPE "public"."weekday"`);
        await queryRunner.query(`DROP TYPE "public"."forum_cadence"`);
    }

}
