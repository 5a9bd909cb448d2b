import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReportScope } from '../../../../libs/reports/report-scope';
import { REPORT_KINDS, ReportKind } from '../../../../libs/reports/reports';
import { REPORTED_INSTRUMENTS, ReportedInstrument } from '../../../../libs/reports/well-being-report';

export class ReportKindParam {
  @ApiProperty({ enum: REPORT_KINDS }) @IsIn(REPORT_KINDS) kind!: ReportKind;
}

export class ReportQuery extends ReportScope {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Defaults to json; csv downloads a spreadsheet file' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ enum: REPORTED_INSTRUMENTS, description: 'For well-being: defaults to who5' })
  @IsOptional()
  @IsIn(REPORTED_INSTRUMENTS)
  instrument?: ReportedInstrument;
}
