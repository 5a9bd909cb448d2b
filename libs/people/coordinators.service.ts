import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Coordinator } from '../persistence/entities';
import { ArchivableStore } from './archivable-store';
import { MUNICIPALITY, PROGRAM } from './references';

/** Coordinators, who steer programs (the engine's nudges about them come to her); a municipal one belongs to her municipality. */
@Injectable()
export class CoordinatorsService extends ArchivableStore<Coordinator> {
  constructor(@InjectRepository(Coordinator) repository: Repository<Coordinator>) {
    super(repository, 'coordinator', { municipalityId: MUNICIPALITY, programIds: PROGRAM });
  }
}
