import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey, pickInKeyOrder } from '../../common/graphql/loaders.js';
import { toActivityModel, toAssessmentModel } from './assessment.mapper.js';
import type { ActivityModel, AssessmentModel } from './assessment.model.js';
import { AssessmentsRepository } from './assessments.repository.js';

export const ASSESSMENT_BY_PROGRAM = loaderKey<string, AssessmentModel | null>('assessmentByProgram');
/** A catalog activity by id, for the pilots and lessons tagged with it. */
export const ACTIVITY_BY_ID = loaderKey<string, ActivityModel | null>('activityById');
export const CAPABILITY_NAME_BY_ID = loaderKey<string, string | null>('capabilityNameById');

const byId = (row: { id: string }) => row.id;

/** Registers the assessments feature's DataLoaders: a page of programs reads its assessments in six statements. */
@Injectable()
export class AssessmentsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly assessments: AssessmentsRepository,
  ) {}

  onModuleInit(): void {
    const { assessments } = this;
    this.registry.register(ACTIVITY_BY_ID, () => new DataLoader(async (ids) => pickInKeyOrder(ids, await assessments.activitiesByIds(ids), byId, toActivityModel)));
    this.registry.register(
      CAPABILITY_NAME_BY_ID,
      () => new DataLoader(async (ids) => pickInKeyOrder(ids, await assessments.capabilitiesByIds(ids), byId, (capability) => capability.name)),
    );
    this.registry.register(
      ASSESSMENT_BY_PROGRAM,
      () =>
        new DataLoader(async (programIds) => {
          const [programs, capabilities, activities, units, cells, reminders] = await Promise.all([
            assessments.thresholds(programIds),
            assessments.capabilities(programIds),
            assessments.activities(programIds),
            assessments.gridUnits(programIds),
            assessments.cells(programIds),
            assessments.lastReminders(programIds),
          ]);
          return programIds.map((programId) => {
            const program = programs.find((row) => row.id === programId);
            if (!program) return null;
            const own = <R extends { programId: string }>(rows: readonly R[]) => rows.filter((row) => row.programId === programId);
            return toAssessmentModel(
              programId,
              program.assessmentThreshold,
              own(capabilities),
              own(activities),
              units.filter((unit) => unit.program_id === programId),
              own(cells),
              own(reminders),
            );
          });
        }),
    );
  }
}
