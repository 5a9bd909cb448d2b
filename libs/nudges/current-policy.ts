import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgramPolicy } from '../domain/policy/program-policy';

/** A program's policy as it stands now (its latest version), found by slug. */
@Injectable()
export class CurrentPolicies {
  constructor(private readonly dataSource: DataSource) {}

  async of(programSlug: string): Promise<ProgramPolicy> {
    const [row]: Array<{ policy: ProgramPolicy }> = await this.dataSource.query(
      `SELECT version.policy
         FROM programs program
         JOIN program_policy_versions version ON version.program_id = program.id AND version.version = program.policy_version
        WHERE program.slug = $1`,
      [programSlug],
    );
    if (!row) throw new NotFoundException(`no such program: ${programSlug}`);
    return row.policy;
  }
}
