import type { MigrationInterface, QueryRunner } from "typeorm";
import { attachAuditTriggers, detachAuditTriggers } from '../audit-triggers.js';

export class Notifications1796600700000 implements MigrationInterface {
    name = 'Notifications1796600700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('stale_check_in', 'action_assigned', 'action_overdue', 'meeting_soon', 'gate_soon', 'wave_readiness_due')`);
        await queryRunner.query(`CREATE TYPE "public"."notification_delivery" AS ENUM('immediately', 'daily_digest')`);
        await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "org_id" uuid NOT NULL, "muted_kinds" "public"."notification_kind" array NOT NULL DEFAULT '{}', "delivery" "public"."notification_delivery" NOT NULL DEFAULT 'daily_digest', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "user_id" uuid NOT NULL, "program_id" uuid, "kind" "public"."notification_kind" NOT NULL, "key" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "link" character varying(300) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notification_user" ON "notification"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_key" ON "notification"  ("user_id", "key") `);
        await queryRunner.query(`CREATE TYPE "public"."webhook_format" AS ENUM('slack', 'teams', 'json')`);
        await queryRunner.query(`CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "url" character varying(2000) NOT NULL, "format" "public"."webhook_format" NOT NULL, "secret" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_program" ON "webhook"  ("program_id") `);
        await queryRunner.query(`CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'delivered', 'failed')`);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "webhook_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "kind" "public"."notification_kind", "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "link" character varying(300) NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "response_code" integer, "duration_ms" integer, "error" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_webhook" ON "webhook_delivery"  ("webhook_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_webhook_delivery_key" ON "webhook_delivery"  ("webhook_id", "key") `);
        await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook" ADD CONSTRAINT "FK_4ead5f518f190a6fb249cec2e60" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await attachAuditTriggers(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await detachAuditTriggers(queryRunner, ['webhook']);
        await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d"`);
        await queryRunner.query(`ALTER TABLE "webhook" DROP CONSTRAINT "FK_4ead5f518f190a6fb249cec2e60"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
        await queryRunner.query(`DROP INDEX "public"."uq_webhook_delivery_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_webhook"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
        await queryRunner.query(`DROP TYPE "public"."webhook_delivery_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_program"`);
        await queryRunner.query(`DROP TABLE "webhook"`);
        await queryRunner.query(`DROP TYPE "public"."webhook_format"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notification_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_user"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TABLE "notification_preference"`);
        await queryRunner.query(`DROP TYPE "public"."notification_delivery"`);
        await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    }

}
