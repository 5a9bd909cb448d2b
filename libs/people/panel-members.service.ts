import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PanelMember } from '../persistence/entities';
import { ArchivableStore } from './archivable-store';
import { PROGRAM } from './references';

/** A program's expert panel: the professionals escalations go to. */
@Injectable()
export class PanelMembersService extends ArchivableStore<PanelMember> {
  constructor(@InjectRepository(PanelMember) repository: Repository<PanelMember>) {
    super(repository, 'panel member', { programId: PROGRAM });
  }
}
