import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { herProgramsSql } from '../access/list-filters';
import { Permission } from '../access/permission';
import type { AuthenticatedUser } from '../auth/roles';
import { ProgramsService } from '../programs/programs.service';
import { PHASES_HOLDING_A_SLOT } from '../../workflows/mentorship/messages';

export interface MentorOverviewRow {
  mentorId: string;
  name: string;
  programId: string;
  municipalityId: string | null;
  /** Null before an application. */
  phase: string | null;
  phaseSince: Date | null;
  /** Courses holding one of her slots. */
  slotsInUse: number;
  /** Slots the program's current policy gives each mentor. */
  capacity: number;
}

interface Row {
  id: string;
  name: string;
  program_id: string;
  municipality_id: string | null;
  path_phase: string | null;
  path_phase_since: Date | null;
  slots_in_use: number;
}

/**
 * Her programs' mentors with where each is on the path and the slots in use, in one query over the mirror the path keeps in `mentors`
 * and the courses in `mentorships`: a list that would otherwise ask every mentor's workflow.
 */
@Injectable()
export class MentorOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly programs: ProgramsService,
  ) {}

  async list(user: AuthenticatedUser): Promise<MentorOverviewRow[]> {
    const scope = await this.access.scope(user, Permission.MentorRead);
    const params: unknown[] = [PHASES_HOLDING_A_SLOT];
    // The same rows as GET /mentors: her programs' mentors, whatever their municipality.
    const inScope = herProgramsSql(scope, 'mt.program_id', params);
    const rows: Row[] = await this.dataSource.query(
      `SELECT mt.id, mt.name, mt.program_id, mt.municipality_id, mt.path_phase, mt.path_phase_since,
              (SELECT COUNT(*)::int FROM mentorships m WHERE m.mentor_id = mt.id AND m.phase = ANY($1::text[])) AS slots_in_use
         FROM mentors mt WHERE mt.archived_at IS NULL AND ${inScope} ORDER BY mt.name, mt.id`,
      params,
    );
    const capacities = await this.capacities([...new Set(rows.map((row) => row.program_id))]);
    return rows.map((row) => ({
      mentorId: row.id,
      name: row.name,
      programId: row.program_id,
      municipalityId: row.municipality_id,
      phase: row.path_phase,
      phaseSince: row.path_phase_since,
      slotsInUse: row.slots_in_use,
      capacity: capacities.get(row.program_id) ?? 0,
    }));
  }

  private async capacities(programIds: string[]): Promise<Map<string, number>> {
    const policies = await Promise.all(
      programIds.map(async (id) => [id, (await this.programs.policy(id)).policy.mentors.capacity] as const),
    );
    return new Map(policies);
  }
}
