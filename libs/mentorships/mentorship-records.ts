import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Mentorship, Referral } from '../persistence/entities';

/** A course's own rows: the mirror of its workflow's phase and mentor, and the referral it came from. */
@Injectable()
export class MentorshipRecords {
  constructor(
    @InjectRepository(Mentorship) private readonly mentorships: Repository<Mentorship>,
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
  ) {}

  /** Its mentor as of its last change of phase, which the course writes before it answers the command that changed it. */
  async get(mentorshipId: string): Promise<Mentorship> {
    const course = await this.mentorships.findOneBy({ id: mentorshipId });
    if (!course) throw new NotFoundException(`no mentorship ${mentorshipId}`);
    return course;
  }

  /** Who referred the young person to the course; undefined when no referral has that id. */
  async referrerOf(mentorshipId: string): Promise<string | undefined> {
    return (await this.referrals.findOneBy({ id: mentorshipId }))?.referrerId;
  }
}
