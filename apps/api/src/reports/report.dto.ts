import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CSV_LANGUAGES, CsvLanguage } from '../../../../libs/reports/csv-headers';
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

  @ApiPropertyOptional({
    enum: [',', ';'],
    description: 'For csv: the separator, `,` by default; `;` (for Excel set to Danish) writes decimal commas',
  })
  @IsOptional()
  @IsIn([',', ';'])
  separator?: ',' | ';';

  @ApiPropertyOptional({ enum: CSV_LANGUAGES, description: "For csv: the headers' language, en by default" })
  @IsOptional()
  @IsIn(CSV_LANGUAGES)
  lang?: CsvLanguage;
}
