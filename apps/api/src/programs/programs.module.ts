import { Module } from '@nestjs/common';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { ProgramWorkflows } from './program-workflows';
import { ProgramsController } from './programs.controller';

@Module({
  controllers: [ProgramsController],
  providers: [ProgramsService, ProgramWorkflows],
})
export class ProgramsModule {}
