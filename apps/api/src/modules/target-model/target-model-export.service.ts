import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPERATING_MODEL_LABELS, parseId, raciFileTable, targetModelSheets, type Actor, type TargetModelSummaryInput } from '@rollout/domain';
import { DataSource, In } from 'typeorm';
import { safeFileName, workbookFile, type ExportFile } from '../../common/files/spreadsheet-export.js';
import { DesignVersionsRepository } from '../design-versions/design-versions.repository.js';
import type { DesignVersionRecords } from '../design-versions/design-versions.mapper.js';
import { loadProgramFor } from '../programs/program-access.js';
import type { ProgramEntity } from '../programs/program.entity.js';
import { toRaciMatrix } from '../raci/raci.mapper.js';
import { UserEntity } from '../users/user.entity.js';
import { openRisksOf } from './target-model.mapper.js';
import type { ModelChoiceModel } from './target-model.model.js';
import { TargetModelRepository } from './target-model.repository.js';

const WHOLE_PLAN = 'Whole plan';
const day = (at: Date) => at.toISOString().slice(0, 10);

/** The target model summary as an XLSX workbook, one sheet per part of the page; anyone who reads the program. */
@Injectable()
export class TargetModelExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: DesignVersionsRepository,
    private readonly targetModel: TargetModelRepository,
  ) {}

  async export(actor: Actor, programId: string): Promise<ExportFile> {
    const id = parseId(programId, 'programId');
    const program = await loadProgramFor(this.dataSource.manager, actor, id, 'program.read', {}, 'none');
    const [records, [choice = null]] = await Promise.all([this.versions.recordsOf(this.dataSource.manager, id), this.targetModel.latestChoices([id])]);
    const [current] = records.versions;
    const names = await this.userNames([choice?.decidedById, current?.signedOffById]);
    return workbookFile(targetModelSheets(summaryInput(program, records, choice, names)), `${safeFileName(program.name, 'program')}-target-model`);
  }

  private async userNames(ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = ids.filter((userId): userId is string => typeof userId === 'string');
    const users = wanted.length > 0 ? await this.dataSource.manager.find(UserEntity, { where: { id: In(wanted) }, select: { id: true, name: true } }) : [];
    return new Map(users.map((user) => [user.id, user.name]));
  }
}

function summaryInput(program: ProgramEntity, records: DesignVersionRecords, choice: ModelChoiceModel | null, names: ReadonlyMap<string, string>): TargetModelSummaryInput {
  const { design, headcount, raciModel } = records;
  const [current] = records.versions;
  const nameOf = (userId: string | null | undefined) => (userId ? (names.get(userId) ?? null) : null);
  const flagOf = new Map(design.flags.map((flag) => [flag.activityId, flag.sentence]));
  return {
    programName: program.name,
    modelLabel: program.targetModel === 'undecided' ? null : OPERATING_MODEL_LABELS[program.targetModel],
    choice: choice ? { decidedOn: day(choice.decidedAt), decidedBy: nameOf(choice.decidedById), rationale: choice.rationale } : null,
    version: { number: current?.number ?? 1, signedOffOn: current?.signedOffAt ? day(current.signedOffAt) : null, signedOffBy: nameOf(current?.signedOffById) },
    placements: design.capabilities.flatMap((capability) =>
      capability.activities.map((activity) => ({
        capability: capability.name,
        activity: activity.name,
        placement: activity.placement?.placement ?? null,
        reason: activity.placement?.reason ?? '',
        flag: flagOf.get(activity.id) ?? null,
      })),
    ),
    raci: raciFileTable(toRaciMatrix(records.raci)),
    roles: headcount.roles.map((role) => ({
      team: role.teamName ?? 'Hub',
      title: role.title,
      count: role.count,
      annualCostPerHead: role.annualCostPerHead,
      reportsTo: role.reportsToTitle,
      isManager: role.isManager,
    })),
    checks: [...headcount.overall.checks.map((check) => ({ team: WHOLE_PLAN, ...check })), ...headcount.teams.flatMap((team) => team.checks.map((check) => ({ team: team.name, ...check })))],
    total: { heads: headcount.overall.heads, annualCost: headcount.overall.annualCost },
    changes: design.currentVsTarget.flatMap((list) => list.items.map((item) => ({ kind: list.kind, sentence: item.sentence }))),
    risks: openRisksOf(design, raciModel, headcount),
  };
}
