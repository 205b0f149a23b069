import { Module } from '@nestjs/common';
import { PhaseChangeResolver, ProgramsResolver } from './programs.resolver.js';
import { ProgramsService } from './programs.service.js';

@Module({ providers: [ProgramsService, ProgramsResolver, PhaseChangeResolver], exports: [ProgramsService] })
export class ProgramsModule {}
