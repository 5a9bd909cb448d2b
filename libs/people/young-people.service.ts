import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { YoungPerson } from '../persistence/entities';
import type { CoordinatorScope } from '../access/access-scope';
import { herYoungPeople } from '../access/list-filters';
import { ArchivableStore } from './archivable-store';
import { MUNICIPALITY } from './references';

/** Young people, with their wishes and needs: the most sensitive rows the engine keeps. */
@Injectable()
export class YoungPeopleService extends ArchivableStore<YoungPerson> {
  constructor(@InjectRepository(YoungPerson) repository: Repository<YoungPerson>) {
    super(repository, 'young-person', { municipalityId: MUNICIPALITY });
  }

  protected override narrowTo(query: SelectQueryBuilder<YoungPerson>, scope: CoordinatorScope): void {
    herYoungPeople(query, 'row', scope);
  }
}
