import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Municipality } from '../persistence/entities';
import { ArchivableStore } from './archivable-store';

/** The municipalities that referrers and young people belong to and that agree referral quotas. */
@Injectable()
export class MunicipalitiesService extends ArchivableStore<Municipality> {
  constructor(@InjectRepository(Municipality) repository: Repository<Municipality>) {
    super(repository, 'municipality');
  }
}
