import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MentorPhase } from '../../workflows/mentor/messages';
import { Mentor, Mentorship } from '../persistence/entities';
import { YoungPeopleService } from '../people/young-people.service';
import { ProgramsService } from '../programs/programs.service';
import { MentorRanking, rankMentors } from './rank-mentors';
import { PHASES_HOLDING_A_SLOT } from '../../workflows/mentorship/messages';

/** The mentors a coordinator may propose to a young person in a program, ranked by fit. */
@Injectable()
export class MentorCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramsService,
    private readonly youngPeople: YoungPeopleService,
  ) {}

  /**
   * Ranks the program's available mentors for her. She may live in another
   * municipality than the mentors: a program matches across municipalities.
   * 404 when the program or the young person does not exist.
   */
  async rank(programId: string, youngPersonId: string): Promise<MentorRanking> {
    const [{ policy }, youngPerson] = await Promise.all([this.programs.policy(programId), this.youngPeople.get(youngPersonId)]);
    // Archived mentors are left out by the soft-delete filter; pathPhase mirrors each mentor's workflow.
    const mentors = await this.dataSource
      .getRepository(Mentor)
      .find({ where: { programId, pathPhase: 'available' satisfies MentorPhase } });
    const active = await this.activeMentorships(mentors.map((mentor) => mentor.id));
    return rankMentors(
      youngPerson,
      mentors.map((mentor) => ({
        id: mentor.id,
        gender: mentor.gender,
        profile: mentor.profile,
        activeMentorships: active.get(mentor.id) ?? 0,
        capacity: policy.mentors.capacity,
      })),
    );
  }

  /** How many mentorships hold a slot of each mentor, in one grouped query; mentors holding none are absent. */
  private async activeMentorships(mentorIds: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(Mentorship)
      .createQueryBuilder('mentorship')
      .select('mentorship.mentor_id', 'mentorId')
      .addSelect('COUNT(*)::int', 'count')
      .where('mentorship.mentor_id = ANY(:mentorIds)', { mentorIds })
      .andWhere('mentorship.phase = ANY(:phases)', { phases: PHASES_HOLDING_A_SLOT })
      .groupBy('mentorship.mentor_id')
      .getRawMany<{ mentorId: string; count: number }>();
    return new Map(rows.map((row) => [row.mentorId, row.count]));
  }
}
