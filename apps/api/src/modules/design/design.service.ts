import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { clearPlacementSchema, invalidField, parseId, parseInput, savePlacementSchema, setDimensionEmphasisSchema, type Actor } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { AssessmentsRepository } from '../assessments/assessments.repository.js';
import type { ProgramEntity } from '../programs/program.entity.js';
import { ActivityPlacementEntity } from './activity-placement.entity.js';
import { DesignDimensionEmphasisEntity } from './design-dimension-emphasis.entity.js';
import { loadDesignDraftProgram } from './design-version-state.js';
import type { ClearPlacementInput, SavePlacementInput, SetDimensionEmphasisInput } from './design.input.js';
import { toProgramDesignModel } from './design.mapper.js';
import type { ProgramDesignModel } from './design.model.js';
import { DesignRepository } from './design.repository.js';

/**
 * Design: every write checks `design.manage` on the program, locked inside its transaction, and
 * that its current version is a draft (a signed-off version changes only as a new version), and
 * answers with the program's whole design read in that transaction (a placement changes the flags
 * and the current-vs-target lists too).
 */
@Injectable()
export class DesignService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly design: DesignRepository,
    private readonly assessments: AssessmentsRepository,
  ) {}

  /** Places an activity, or changes its placement; the same values again change nothing. */
  async savePlacement(actor: Actor, input: SavePlacementInput): Promise<ProgramDesignModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await this.loadProgram(em, actor, input.programId);
      const { activityId, placement, reason, dimension, expectedVersion } = parseInput(savePlacementSchema, input);
      await this.assertCatalogActivity(em, actor, program, activityId);
      const values = { placement, reason, dimension };
      const current = await this.design.findPlacement(em, activityId);
      if (!current) {
        // The placement the caller saw was cleared meanwhile.
        if (expectedVersion) throw new NotFoundError('Placement', activityId);
        await this.design.insertPlacement(em, { ...values, orgId: actor.orgId, programId: program.id, activityId });
      } else if (current.placement !== placement || current.reason !== reason || current.dimension !== dimension) {
        if (!expectedVersion) throw new ConflictError('Placement', current.version, { placement: current.placement, reason: current.reason, dimension: current.dimension });
        await updateVersioned(em, ActivityPlacementEntity, 'Placement', { id: current.id, orgId: actor.orgId, expectedVersion }, values);
      }
      return this.designOf(em, program.id);
    });
  }

  /** Takes an activity's placement out of the target model; an unplaced activity stays as it is. */
  async clearPlacement(actor: Actor, input: ClearPlacementInput): Promise<ProgramDesignModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await this.loadProgram(em, actor, input.programId);
      const { activityId, expectedVersion } = parseInput(clearPlacementSchema, input);
      await this.assertCatalogActivity(em, actor, program, activityId);
      const current = await this.design.findPlacement(em, activityId);
      if (current) {
        // The program row is locked: nobody changes the placement between this check and the delete.
        if (current.version !== expectedVersion) throw new ConflictError('Placement', current.version, { placement: current.placement, reason: current.reason, dimension: current.dimension });
        await this.design.deletePlacement(em, current.id);
      }
      return this.designOf(em, program.id);
    });
  }

  /** Sets how far a dimension leans central or local; the same emphasis again changes nothing. */
  async setEmphasis(actor: Actor, input: SetDimensionEmphasisInput): Promise<ProgramDesignModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await this.loadProgram(em, actor, input.programId);
      const { dimension, emphasis, expectedVersion } = parseInput(setDimensionEmphasisSchema, input);
      const current = await this.design.findEmphasis(em, program.id, dimension);
      if (!current) {
        if (expectedVersion) throw new NotFoundError('Emphasis', dimension);
        await this.design.insertEmphasis(em, { orgId: actor.orgId, programId: program.id, dimension, emphasis });
      } else if (current.emphasis !== emphasis) {
        if (!expectedVersion) throw new ConflictError('Emphasis', current.version, { emphasis: current.emphasis });
        await updateVersioned(em, DesignDimensionEmphasisEntity, 'Emphasis', { id: current.id, orgId: actor.orgId, expectedVersion }, { emphasis });
      }
      return this.designOf(em, program.id);
    });
  }

  // Permission before validation: a caller who may not manage the design gets FORBIDDEN, not the rules.
  private async loadProgram(em: EntityManager, actor: Actor, programId: string): Promise<ProgramEntity> {
    return loadDesignDraftProgram(em, actor, parseId(programId, 'programId'));
  }

  private async assertCatalogActivity(em: EntityManager, actor: Actor, program: ProgramEntity, activityId: string): Promise<void> {
    const activity = await this.assessments.findActivity(em, actor.orgId, activityId);
    if (activity?.programId !== program.id) throw invalidField('activityId', 'Pick an activity of this program’s catalog.');
  }

  private async designOf(em: EntityManager, programId: string): Promise<ProgramDesignModel> {
    const [records] = await this.design.recordsFor([programId], em);
    if (!records) throw new NotFoundError('Program', programId);
    return toProgramDesignModel(records);
  }
}
