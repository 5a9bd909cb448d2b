import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { MentorOverviewRow, MentorOverviewService } from '../../../../libs/mentors/mentor-overview.service';
import { MENTOR_PHASES, MentorPhase } from '../../../../workflows/mentor/messages';
import { CurrentUser, Roles } from '../auth/decorators';

export class MentorOverviewView implements MentorOverviewRow {
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty({ description: "The mentor's name" }) name!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId!: string | null;
  @ApiProperty({ enum: MENTOR_PHASES, enumName: 'MentorPhase', nullable: true, description: 'Null before an application' })
  phase!: MentorPhase | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) phaseSince!: Date | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Courses holding one of her slots' }) slotsInUse!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: "Slots the program's current policy gives each mentor" }) capacity!: number;
}

/** Her programs' mentors at a glance (path phase, slots in use) for the console's list, read from PostgreSQL, not from each path. */
@ApiTags('mentor path')
@ApiBearerAuth()
@Controller('mentor-overview')
export class MentorOverviewController {
  constructor(private readonly overview: MentorOverviewService) {}

  @Get()
  @Roles('coordinator')
  @ApiOkResponse({ type: [MentorOverviewView] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<MentorOverviewView[]> {
    return this.overview.list(user) as Promise<MentorOverviewView[]>;
  }
}
