import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import { coded } from '../validation/coded-exceptions';

/** A program's policy found by slug: as it stands now (its latest version), or the version a course runs on. */
@Injectable()
export class CurrentPolicies {
  constructor(private readonly dataSource: DataSource) {}

  async of(programSlug: string, version?: number): Promise<ProgramPolicy> {
    const [row]: Array<{ policy: ProgramPolicy }> = await this.dataSource.query(
      `SELECT version.policy
         FROM programs program
         JOIN program_policy_versions version ON version.program_id = program.id AND version.version = COALESCE($2, program.policy_version)
        WHERE program.slug = $1`,
      [programSlug, version ?? null],
    );
    if (!row)
      throw version === undefined
        ? coded(NotFoundException, 'no-such-program', { slug: programSlug })
        : coded(NotFoundException, 'no-policy-version', { program: programSlug, version });
    return row.policy;
  }
}
