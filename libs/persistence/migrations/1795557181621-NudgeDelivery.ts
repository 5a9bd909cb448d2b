import { MigrationInterface, QueryRunner } from 'typeorm';

export class NudgeDelivery1795557181621 implements MigrationInterface {
  name = 'NudgeDelivery1795557181621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(400) NOT NULL, "template" character varying(20) NOT NULL, "kind" character varying(60), "recipient_role" character varying(16) NOT NULL, "recipient_id" uuid NOT NULL, "nudge_key" character varying(300), "subject_workflow_id" character varying(200), "program_slug" character varying(64), "link_path" character varying(300) NOT NULL, "items" jsonb, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "deliver_after" TIMESTAMP WITH TIME ZONE NOT NULL, "message_id" character varying(200), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d51d565cc502858700f2107167" ON "notifications" ("key") `);
    await queryRunner.query(`CREATE INDEX "IDX_1b7be6fb81fc7cfc42fa203cac" ON "notifications" ("nudge_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_38ed00ff9ec695717c80ffbdb8" ON "notifications" ("status", "deliver_after") `);
    await queryRunner.query(`ALTER TABLE "coordinators" ADD "program_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "coordinators" ADD "notification_mode" character varying(16) NOT NULL DEFAULT 'immediate'`);
    await queryRunner.query(`ALTER TABLE "nudges" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "nudges" ADD "municipality_id" uuid`);
    await queryRunner.query(`ALTER TABLE "nudges" ADD "escalation_of" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "nudges" ADD "escalated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "nudges" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "nudges" ADD "closed_by" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "nudges" ALTER COLUMN "kind" TYPE character varying(60)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_667a13cf353c7029d422ff7ad1" ON "nudges" ("id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6a7e8973f1295de33d3995b683" ON "nudges" ("escalation_of") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ca585de39a8c582f31d2f1b90" ON "nudges" ("recipient_role", "recipient_id", "status") `);
    // Policies written before quiet hours and quota checks existed get the presets' defaults, so every version stays valid.
    await queryRunner.query(
      `UPDATE "program_policy_versions" SET "policy" = jsonb_set("policy", '{notifications}', '{"timeZone": "Europe/Copenhagen", "quietHours": {"from": "21:00", "to": "07:00"}}') WHERE NOT "policy" ? 'notifications'`,
    );
    await queryRunner.query(
      `UPDATE "program_policy_versions" SET "policy" = jsonb_set("policy", '{nudges,quotaCheckEvery}', '"7d"') WHERE NOT "policy"->'nudges' ? 'quotaCheckEvery'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2ca585de39a8c582f31d2f1b90"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a7e8973f1295de33d3995b683"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_667a13cf353c7029d422ff7ad1"`);
    await queryRunner.query(`ALTER TABLE "nudges" ALTER COLUMN "kind" TYPE character varying(40)`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "closed_by"`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "escalated_at"`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "escalation_of"`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "municipality_id"`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "id"`);
    await queryRunner.query(`ALTER TABLE "coordinators" DROP COLUMN "notification_mode"`);
    await queryRunner.query(`ALTER TABLE "coordinators" DROP COLUMN "program_ids"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38ed00ff9ec695717c80ffbdb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b7be6fb81fc7cfc42fa203cac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d51d565cc502858700f2107167"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
