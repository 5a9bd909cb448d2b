import { ApiProperty } from '@nestjs/swagger';
import { ContactPolicy, ContinuationPolicy, MeasurementPolicy } from '../../../../libs/domain/policy/program-policy';

class CourseYoungPersonView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class CoursePolicyView {
  @ApiProperty({ type: ContactPolicy, description: "The contact target the course's contact is measured against" }) contact!: ContactPolicy;
  @ApiProperty({ type: MeasurementPolicy, description: 'When each questionnaire is due, and how its scores are read' })
  measurements!: MeasurementPolicy;
  @ApiProperty({ type: ContinuationPolicy, description: 'Whether, and when, the program asks how an informal continuation went' })
  continuation!: ContinuationPolicy;
  @ApiProperty({
    example: 'Europe/Copenhagen',
    description: "The program's time zone: a day its people log (a meeting, a measurement) has come when it has come there",
  })
  timeZone!: string;
}

/** What a course page shows beside the course's state (GET /mentorships/{id}): whom it is for and what its policy version asks. */
export class CourseContextView {
  @ApiProperty({ format: 'uuid' }) mentorshipId!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The policy version the course keeps: the one current at its referral' })
  policyVersion!: number;
  @ApiProperty({ format: 'date-time' }) referredAt!: Date;
  @ApiProperty({ type: CourseYoungPersonView }) youngPerson!: CourseYoungPersonView;
  @ApiProperty({ type: CoursePolicyView, description: "The parts of the course's policy version a course page shows" })
  policy!: CoursePolicyView;
}
