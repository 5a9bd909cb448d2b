import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One live account per e-mail address (case-insensitive): a sign-in names
 * the account by its address, so two live accounts with one address would
 * make her whichever came first. A disabled account keeps its address, so
 * the same person can be made an account again.
 */
export class AccountAddresses1795610000000 implements MigrationInterface {
  name = 'AccountAddresses1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_accounts_live_email" ON "accounts" (lower("email")) WHERE "archived_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_accounts_live_email"`);
  }
}
