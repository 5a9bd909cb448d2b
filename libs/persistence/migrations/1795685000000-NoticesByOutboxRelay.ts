import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice's mails (a welcome, a young person's link) are sent by the outbox
 * relay rather than by a nudge workflow of their own: `relayed` marks them,
 * and `claimed_until` is the lease a sender takes on a row before it sends, so
 * the raising activity and the relay never send one row at once.
 */
export class NoticesByOutboxRelay1795685000000 implements MigrationInterface {
  name = 'NoticesByOutboxRelay1795685000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "relayed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "claimed_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_relayed_pending" ON "notifications" ("deliver_after") WHERE relayed AND status = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_relayed_pending"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "claimed_until"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "relayed"`);
  }
}
