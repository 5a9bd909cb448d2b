import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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
@Roles('coordinator')
@Controller('municipalities')
export class MunicipalitiesController extends ArchivableCrudController<Municipality>({
  create: dto.CreateMunicipalityDto, update: dto.UpdateMunicipalityDto, query: ListQuery, view: dto.MunicipalityView,
}) {
  constructor(store: MunicipalitiesService) {
    super(store);
  }
}

@ApiTags('coordinators')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('coordinators')
export class CoordinatorsController extends ArchivableCrudController<Coordinator>({
  create: dto.CreateCoordinatorDto, update: dto.UpdateCoordinatorDto, query: ByMunicipalityQuery, view: dto.CoordinatorView,
}) {
  constructor(store: CoordinatorsService) {
    super(store);
  }
}

@ApiTags('referrers')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('referrers')
export class ReferrersController extends ArchivableCrudController<Referrer>({
  create: dto.CreateReferrerDto, update: dto.UpdateReferrerDto, query: ByMunicipalityQuery, view: dto.ReferrerView,
}) {
  constructor(store: ReferrersService) {
    super(store);
  }
}

@ApiTags('mentors')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('mentors')
export class MentorsController extends ArchivableCrudController<Mentor>({
  create: dto.CreateMentorDto, update: dto.UpdateMentorDto, query: ByProgramAndMunicipalityQuery, view: dto.MentorView,
}) {
  constructor(store: MentorsService) {
    super(store);
  }
}

@ApiTags('young-people')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('young-people')
export class YoungPeopleController extends ArchivableCrudController<YoungPerson>({
  create: dto.CreateYoungPersonDto, update: dto.UpdateYoungPersonDto, query: ByMunicipalityQuery, view: dto.YoungPersonView,
}) {
  constructor(store: YoungPeopleService) {
    super(store);
  }
}

@ApiTags('panel-members')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('panel-members')
export class PanelMembersController extends ArchivableCrudController<PanelMember>({
  create: dto.CreatePanelMemberDto, update: dto.UpdatePanelMemberDto, query: ByProgramQuery, view: dto.PanelMemberView,
}) {
  constructor(store: PanelMembersService) {
    super(store);
  }
}
