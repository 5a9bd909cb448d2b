import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Referrer } from '../persistence/entities';
import type { CoordinatorScope } from '../access/access-scope';
import { inHerMunicipality } from '../access/list-filters';
import { ArchivableStore } from './archivable-store';
import { MUNICIPALITY } from './references';

/** Referrers: the counsellors and caseworkers who refer young people on behalf of a municipality. */
@Injectable()
export class ReferrersService extends ArchivableStore<Referrer> {
  constructor(@InjectRepository(Referrer) repository: Repository<Referrer>) {
    super(repository, 'referrer', { municipalityId: MUNICIPALITY });
  }

  protected override narrowTo(query: SelectQueryBuilder<Referrer>, scope: CoordinatorScope): void {
    inHerMunicipality(query, 'row.municipalityId', scope);
  }
}
