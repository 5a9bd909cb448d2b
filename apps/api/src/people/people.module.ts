import { Module } from '@nestjs/common';
import { CoordinatorsService } from '../../../../libs/people/coordinators.service';
import { MentorsService } from '../../../../libs/people/mentors.service';
import { MunicipalitiesService } from '../../../../libs/people/municipalities.service';
import { PanelMembersService } from '../../../../libs/people/panel-members.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { ReferrersService } from '../../../../libs/people/referrers.service';
import { YoungPeopleService } from '../../../../libs/people/young-people.service';
import {
  CoordinatorsController,
  MentorsController,
  MunicipalitiesController,
  PanelMembersController,
  ReferrersController,
  YoungPeopleController,
} from './people.controllers';

/** Municipalities and everyone the engine knows, managed by coordinators. */
@Module({
  controllers: [
    MunicipalitiesController,
    CoordinatorsController,
    ReferrersController,
    MentorsController,
    YoungPeopleController,
    PanelMembersController,
  ],
  providers: [
    MunicipalitiesService,
    CoordinatorsService,
    ReferrersService,
    MentorsService,
    YoungPeopleService,
    PanelMembersService,
    ProgramsService,
  ],
})
export class PeopleModule {}
