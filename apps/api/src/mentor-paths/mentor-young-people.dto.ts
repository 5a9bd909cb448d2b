import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENTS, type InstrumentId } from '../../../../libs/domain/instruments';

export class MeasurementDueView {
  @ApiProperty({ enum: Object.keys(INSTRUMENTS) }) instrument!: InstrumentId;
  @ApiProperty({ example: 'P3M' }) duePoint!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class MentorYoungPersonView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) matchStartedOn!: string;
  @ApiProperty({ format: 'date', type: String, nullable: true }) lastMeetingOn!: string | null;
  @ApiProperty({ format: 'date', description: "The day the policy's longest gap between meetings runs out" }) nextMeetingDueOn!: string;
  @ApiProperty({ type: [MeasurementDueView] }) measurementsDue!: MeasurementDueView[];
  @ApiProperty({ format: 'date', type: String, nullable: true, description: "The program's next check-in with her" })
  checkInDueOn!: string | null;
  @ApiProperty({
    example: 'Europe/Copenhagen',
    description: "The program's time zone: a day she logs (a meeting, a missed meeting) has come when it has come there",
  })
  timeZone!: string;
}
