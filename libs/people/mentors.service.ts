import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Mentor } from '../persistence/entities';
import { ArchivableStore } from './archivable-store';
import { MUNICIPALITY, PROGRAM } from './references';

/** Mentors of a program, with the profile matching compares against young people's wishes. */
@Injectable()
export class MentorsService extends ArchivableStore<Mentor> {
  constructor(@InjectRepository(Mentor) repository: Repository<Mentor>) {
    super(repository, 'mentor', { programId: PROGRAM, municipalityId: MUNICIPALITY });
  }
}
