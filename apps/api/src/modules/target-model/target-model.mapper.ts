import { openDesignRisks } from '@rollout/domain';
import type { ProgramDesignModel } from '../design/design.model.js';
import type { HeadcountModel } from '../headcount/headcount.model.js';
import type { RaciModel } from '../raci/raci.model.js';

/** What is still open in a program's design, from the same models the Design tab reads. */
export function openRisksOf(design: ProgramDesignModel, raci: RaciModel, headcount: HeadcountModel): string[] {
  const domainName = new Map(raci.domains.map((domain) => [domain.id, domain.name]));
  return openDesignRisks({
    flags: design.flags,
    unplacedCount: design.unplacedActivities.length,
    gapsOpen: design.currentVsTarget.find((list) => list.kind === 'gapsOpen')?.items ?? [],
    raci: { final: raci.final, errors: raci.validation.errors.map((error) => ({ domainName: domainName.get(error.domainId) ?? '', sentence: error.sentence })), warnings: raci.validation.warnings },
    headcountChecks: [...headcount.overall.checks, ...headcount.teams.flatMap((team) => team.checks)],
  });
}
