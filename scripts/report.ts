import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { ConfigModule } from '../libs/config/config.module';
import { PersistenceModule } from '../libs/persistence/persistence.module';
import { Program } from '../libs/persistence/entities';
import { ReportScope } from '../libs/reports/report-scope';
import { Reports } from '../libs/reports/reports';
import { ReportsModule } from '../libs/reports/reports.module';
import { validationProblems } from '../libs/validation/problems';
import { parseReportArgs, REPORT_USAGE } from './report-args';

@Module({ imports: [ConfigModule, PersistenceModule, ReportsModule] })
class ReportCommandModule {}

/**
 * `./mentorflow report KIND --program SLUG ...`: a report for operators, read
 * straight from the configured database, printed as JSON or CSV. The period
 * defaults to the program's whole life until today.
 */
async function main(): Promise<void> {
  const parsed = parseReportArgs(process.argv.slice(2));
  if ('problems' in parsed) {
    console.error([...parsed.problems, REPORT_USAGE].join('\n'));
    process.exit(2);
  }
  const { request } = parsed;
  const app = await NestFactory.createApplicationContext(ReportCommandModule, { logger: ['error'] });
  try {
    const program = await app
      .get(DataSource)
      .getRepository(Program)
      .findOne({ where: { slug: request.programSlug }, withDeleted: true });
    if (!program) throw new Error(`no such program: ${request.programSlug}`);
    const scope = plainToInstance(ReportScope, {
      programId: program.id,
      from: request.from ?? program.createdAt.toISOString().slice(0, 10),
      to: request.to ?? new Date().toISOString().slice(0, 10),
      municipalityId: request.municipalityId,
    });
    const problems = validationProblems(validateSync(scope));
    if (problems.length > 0) throw new Error(problems.map(({ path, problem }) => `${path}: ${problem}`).join('\n'));
    const built = await app.get(Reports).build(request.kind, scope, request.instrument);
    process.stdout.write(request.csv ? built.csv() : `${JSON.stringify(built.report, null, 2)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
