import { DataSource } from 'typeorm';
import type { Role } from '../../libs/auth/roles';
import type { DatabaseConfig } from '../../libs/config/app-config';
import { dataSourceOptions } from '../../libs/persistence/data-source-options';
import type { DemoSignIn } from '../demo/demo-sign-ins';

/**
 * Fixed user ids, one per role: who `up` loads the programs and sets up the
 * demo as, and whom `./mentorflow token ROLE` names when given no id.
 */
export const DEMO_USERS: Record<Role, string> = {
  coordinator: '00000000-0000-4000-8000-00000000c001',
  mentor: '00000000-0000-4000-8000-00000000a001',
  referrer: '00000000-0000-4000-8000-00000000e001',
  panel: '00000000-0000-4000-8000-00000000b001',
  operator: '00000000-0000-4000-8000-00000000f001',
  'program-admin': '00000000-0000-4000-8000-00000000f002',
};

/** The demo's two accounts (DEMO_USERS' operator and program administrator), with the address each signs in with. */
const DEMO_ACCOUNTS: DemoSignIn[] = [
  { role: 'operator', email: 'ida.operator@demo.mentorflow.dk', who: "the demo's operator: accounts, API tokens, reports" },
  { role: 'program-admin', email: 'lise.admin@demo.mentorflow.dk', who: "the demo's program administrator: programs and their set-up" },
];

/**
 * Gives the demo's operator and program administrator their addresses, so
 * they sign in by mail link like everyone else; an account that has one
 * keeps it, and an address another live account took already is left to it.
 * Answers those who can sign in so.
 */
export async function addressDemoAccounts(database: DatabaseConfig): Promise<DemoSignIn[]> {
  const dataSource = await new DataSource(dataSourceOptions(database)).initialize();
  try {
    const addressed: DemoSignIn[] = [];
    for (const account of DEMO_ACCOUNTS) {
      await dataSource.query(
        `UPDATE accounts SET email = $2 WHERE id = $1 AND email IS NULL
           AND NOT EXISTS (SELECT 1 FROM accounts WHERE lower(email) = lower($2) AND archived_at IS NULL)`,
        [DEMO_USERS[account.role], account.email],
      );
      const [row] = await dataSource.query(`SELECT 1 FROM accounts WHERE id = $1 AND lower(email) = $2 AND archived_at IS NULL`, [
        DEMO_USERS[account.role],
        account.email,
      ]);
      if (row) addressed.push(account);
    }
    return addressed;
  } finally {
    await dataSource.destroy();
  }
}
