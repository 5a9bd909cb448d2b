import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { ArchivableView } from '../shared.dto';
import { IsAfter, IsCalendarDate } from '../../../../../libs/validation/validators';

export class CreateQuotaDto {
  @ApiProperty() @IsUUID() programId!: string;
  @ApiProperty() @IsUUID() municipalityId!: string;
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'The first day of the period' })
  @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ example: '2027-01-01', format: 'date', description: 'The first day after the period: the end is exclusive' })
  @IsCalendarDate()
  @IsAfter('periodStart')
  periodEnd!: string;

  @ApiProperty({ example: 12, description: 'Referrals the municipality agreed to make within the period' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  agreed!: number;
}

export class QuotaView extends IntersectionType(ArchivableView, CreateQuotaDto) {
  @ApiProperty({ description: 'Referrals made within the period so far' }) made!: number;
  @ApiProperty({ description: 'What an even pace would have reached by now, rounded down: 0 before the period, all of it after' })
  expectedByNow!: number;
  @ApiProperty({ description: 'Fewer made than expected by now' }) behind!: boolean;
}
