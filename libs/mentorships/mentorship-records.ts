import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Mentorship } from '../persistence/entities';
import { coded } from '../validation/coded-exceptions';

/** A course's own row: the mirror of its workflow's phase and mentor. */
@Injectable()
export class MentorshipRecords {
  constructor(@InjectRepository(Mentorship) private readonly mentorships: Repository<Mentorship>) {}

  /** Its mentor as of its last change of phase, which the course writes before it answers the command that changed it. */
  async get(mentorshipId: string): Promise<Mentorship> {
    const course = await this.mentorships.findOneBy({ id: mentorshipId });
    if (!course) throw coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
    return course;
  }
}
