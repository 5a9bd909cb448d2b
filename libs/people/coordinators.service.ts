import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Coordinator } from '../persistence/entities';
import { ArchivableStore } from './archivable-store';
import { MUNICIPALITY } from './references';

/** Coordinators, who steer programs; a municipal one belongs to her municipality. */
@Injectable()
export class CoordinatorsService extends ArchivableStore<Coordinator> {
  constructor(@InjectRepository(Coordinator) repository: Repository<Coordinator>) {
    super(repository, 'coordinator', { municipalityId: MUNICIPALITY });
  }
}
