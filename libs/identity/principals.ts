import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal, PrincipalSource, Role } from '../auth/roles';
import { principalFromRows, ROWS_OF_EMAIL, ROWS_OF_SUBJECT, SubjectRow } from './principal-rows';
import { normalEmail } from './secrets';

/** Her name as her own row has it; every kind of person and account keeps one. */
const NAME_OF_SUBJECT = ['coordinators', 'mentors', 'panel_members', 'referrers', 'accounts']
  .map((table) => `SELECT name FROM ${table} WHERE id = $1`)
  .join(' UNION ALL ');

/** Who a subject id or an e-mail address is, read from the rows on every request, so archiving or a new role counts at once. */
@Injectable()
export class Principals {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofSubject(subjectId: string, via: PrincipalSource, onlyRoles?: Role[]): Promise<Principal | undefined> {
    const rows: SubjectRow[] = await this.dataSource.query(ROWS_OF_SUBJECT, [subjectId]);
    return principalFromRows(subjectId, rows, via, onlyRoles);
  }

  /** The name a signed-in page greets her by. */
  async nameOf(subjectId: string): Promise<string | null> {
    const rows: Array<{ name: string }> = await this.dataSource.query(`${NAME_OF_SUBJECT} LIMIT 1`, [subjectId]);
    return rows[0]?.name ?? null;
  }

  /** The subject id a sign-in with this address names (her oldest live row), or undefined for an unknown or archived address. */
  async subjectOfEmail(email: string): Promise<SubjectRow | undefined> {
    const rows: SubjectRow[] = await this.dataSource.query(ROWS_OF_EMAIL, [normalEmail(email)]);
    return rows[0];
  }
}
