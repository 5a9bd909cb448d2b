import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import { CoordinatorsService } from '../../../../libs/people/coordinators.service';
import { MentorsService } from '../../../../libs/people/mentors.service';
import { MunicipalitiesService } from '../../../../libs/people/municipalities.service';
import { PanelMembersService } from '../../../../libs/people/panel-members.service';
import { ReferrersService } from '../../../../libs/people/referrers.service';
import { YoungPeopleService } from '../../../../libs/people/young-people.service';
import type { Coordinator, Mentor, Municipality, PanelMember, Referrer, YoungPerson } from '../../../../libs/persistence/entities';
import { Roles } from '../auth/decorators';
import { ArchivableCrudController } from './archivable-crud.controller';
import * as dto from './people.dto';
import { ByMunicipalityQuery, ByProgramAndMunicipalityQuery, ByProgramQuery, ListQuery } from './shared.dto';

@ApiTags('municipalities')
@ApiBearerAuth()
@Roles('program-admin', 'coordinator')
@Controller('municipalities')
export class MunicipalitiesController extends ArchivableCrudController<Municipality>(
  {
    create: dto.CreateMunicipalityDto,
    update: dto.UpdateMunicipalityDto,
    query: ListQuery,
    view: dto.MunicipalityView,
  },
  { read: Permission.MunicipalityRead, write: Permission.MunicipalityManage },
) {
  constructor(access: AccessService, store: MunicipalitiesService) {
    super(store, access);
  }
}

@ApiTags('coordinators')
@ApiBearerAuth()
@Roles('program-admin')
@Controller('coordinators')
export class CoordinatorsController extends ArchivableCrudController<Coordinator>(
  {
    create: dto.CreateCoordinatorDto,
    update: dto.UpdateCoordinatorDto,
    query: ByMunicipalityQuery,
    view: dto.CoordinatorView,
  },
  { read: Permission.CoordinatorManage, write: Permission.CoordinatorManage },
) {
  constructor(access: AccessService, store: CoordinatorsService) {
    super(store, access);
  }
}

@ApiTags('referrers')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('referrers')
export class ReferrersController extends ArchivableCrudController<Referrer>(
  {
    create: dto.CreateReferrerDto,
    update: dto.UpdateReferrerDto,
    query: ByMunicipalityQuery,
    view: dto.ReferrerView,
  },
  {
    read: Permission.ReferrerManage,
    write: Permission.ReferrerManage,
    placedBy: { field: 'municipalityId', permission: Permission.MunicipalityWork },
  },
) {
  constructor(access: AccessService, store: ReferrersService) {
    super(store, access);
  }
}

@ApiTags('mentors')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('mentors')
export class MentorsController extends ArchivableCrudController<Mentor>(
  {
    create: dto.CreateMentorDto,
    update: dto.UpdateMentorDto,
    query: ByProgramAndMunicipalityQuery,
    view: dto.MentorView,
  },
  {
    read: Permission.MentorRead,
    write: Permission.MentorManage,
    placedBy: { field: 'programId', permission: Permission.ProgramCoordinate },
  },
) {
  constructor(access: AccessService, store: MentorsService) {
    super(store, access);
  }
}

@ApiTags('young-people')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('young-people')
export class YoungPeopleController extends ArchivableCrudController<YoungPerson>(
  {
    create: dto.CreateYoungPersonDto,
    update: dto.UpdateYoungPersonDto,
    query: ByMunicipalityQuery,
    view: dto.YoungPersonView,
  },
  {
    read: Permission.YoungPersonManage,
    write: Permission.YoungPersonManage,
    placedBy: { field: 'municipalityId', permission: Permission.MunicipalityWork },
  },
) {
  constructor(access: AccessService, store: YoungPeopleService) {
    super(store, access);
  }
}

@ApiTags('panel-members')
@ApiBearerAuth()
@Roles('program-admin', 'coordinator')
@Controller('panel-members')
export class PanelMembersController extends ArchivableCrudController<PanelMember>(
  {
    create: dto.CreatePanelMemberDto,
    update: dto.UpdatePanelMemberDto,
    query: ByProgramQuery,
    view: dto.PanelMemberView,
  },
  {
    read: Permission.PanelMemberRead,
    write: Permission.PanelMemberManage,
    placedBy: { field: 'programId', permission: Permission.ProgramManage },
  },
) {
  constructor(access: AccessService, store: PanelMembersService) {
    super(store, access);
  }
}
