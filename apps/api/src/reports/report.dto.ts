import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CSV_LANGUAGES, CsvLanguage } from '../../../../libs/reports/csv-headers';
import { ReportScope } from '../../../../libs/reports/report-scope';
import { REPORT_KINDS, ReportKind } from '../../../../libs/reports/reports';
import { REPORTED_INSTRUMENTS, ReportedInstrument } from '../../../../libs/reports/well-being-report';

export class ReportKindParam {
  @ApiProperty({ type: String }) @IsIn(REPORT_KINDS) kind!: ReportKind;
}

export class ReportQuery extends ReportScope {
  @ApiPropertyOptional({ description: 'Defaults to json; csv downloads a spreadsheet file' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ type: String, description: 'For well-being: defaults to who5' })
  @IsOptional()
  @IsIn(REPORTED_INSTRUMENTS)
  instrument?: ReportedInstrument;

  @ApiPropertyOptional({ description: 'For csv: the separator, `,` by default; `;` (for Excel set to Danish) writes decimal commas' })
  @IsOptional()
  @IsIn([',', ';'])
  separator?: ',' | ';';

  @ApiPropertyOptional({ type: String, description: "For csv: the headers' language, en by default" })
  @IsOptional()
  @IsIn(CSV_LANGUAGES)
  lang?: CsvLanguage;
}
