import { MigrationInterface, QueryRunner } from 'typeorm';

export class Escalations1795562416102 implements MigrationInterface {
  name = 'Escalations1795562416102';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "escalations" ("id" uuid NOT NULL, "key" character varying(300) NOT NULL, "mentorship_id" uuid NOT NULL, "program_slug" character varying(64) NOT NULL, "municipality_id" uuid NOT NULL, "policy_version" integer NOT NULL, "reason" character varying(24) NOT NULL, "category" character varying(60) NOT NULL, "urgency" character varying(8) NOT NULL, "raised_by" character varying(100) NOT NULL, "raised_by_role" character varying(16), "question" character varying(4000) NOT NULL DEFAULT '', "facts" jsonb, "status" character varying(16) NOT NULL DEFAULT 'draft', "phase" character varying(32) NOT NULL DEFAULT 'awaiting-acknowledgement', "level" character varying(16) NOT NULL DEFAULT 'panel', "owner_ids" uuid array NOT NULL DEFAULT '{}', "involved_ids" uuid array NOT NULL DEFAULT '{}', "acknowledged_by" character varying(100), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(32), "resolved_by" character varying(100), "resolved_at" TIMESTAMP WITH TIME ZONE, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7dfacf05cc3d819049d448f61d" ON "escalations" ("key") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ddfce0e7adf53c9945536a832" ON "escalations" ("mentorship_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_99175a09706d32c66f8b481c52" ON "escalations" ("status", "urgency") `);
    await queryRunner.query(
      `CREATE TABLE "escalation_responses" ("id" uuid NOT NULL, "escalation_id" uuid NOT NULL, "responded_by" character varying(100) NOT NULL, "responder_role" character varying(16) NOT NULL, "advice" character varying(4000) NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd13ddc3495fe6a03d1188db749" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf065eff359b8dd723f388db7b" ON "escalation_responses" ("escalation_id") `);
    await queryRunner.query(
      `CREATE TABLE "missed_meetings" ("id" uuid NOT NULL, "mentorship_id" uuid NOT NULL, "planned_on" date NOT NULL, "missed_by" character varying(16) NOT NULL, "logged_by" character varying(100) NOT NULL, "logged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9951fa89bf85efb186b9f6fd4ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9c7d981809c1f15543a3ea5666" ON "missed_meetings" ("mentorship_id", "planned_on") `);
    await queryRunner.query(`ALTER TABLE "programs" ADD "lead_coordinator_id" uuid`);
    // Policies written before escalations were routed get the presets' defaults, so every version stays valid.
    await queryRunner.query(
      `UPDATE "program_policy_versions" SET "policy" = jsonb_set("policy", '{escalations}', "policy"->'escalations' || '{"unansweredNudges": 3, "categories": ["mental-health", "social", "education-and-work", "engagement", "other"], "automatic": {"highRisk": {"category": "mental-health", "urgency": "urgent"}, "sharpDrop": {"category": "mental-health", "urgency": "normal"}, "missedMeetings": {"category": "engagement", "urgency": "normal"}, "unansweredNudges": {"category": "engagement", "urgency": "normal"}}}'::jsonb) WHERE NOT "policy"->'escalations' ? 'automatic'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "lead_coordinator_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9c7d981809c1f15543a3ea5666"`);
    await queryRunner.query(`DROP TABLE "missed_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf065eff359b8dd723f388db7b"`);
    await queryRunner.query(`DROP TABLE "escalation_responses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99175a09706d32c66f8b481c52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ddfce0e7adf53c9945536a832"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7dfacf05cc3d819049d448f61d"`);
    await queryRunner.query(`DROP TABLE "escalations"`);
  }
}
