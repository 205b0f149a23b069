import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addActivitySchema,
  invalidField,
  parseId,
  parseInput,
  removeActivitySchema,
  renameCatalogItemSchema,
  setAssessmentCellSchema,
  setAssessmentThresholdSchema,
  taggedActivityMessage,
  type Actor,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { toProgramModel } from '../programs/program.mapper.js';
import type { ProgramModel } from '../programs/program.model.js';
import { ActivityEntity } from './activity.entity.js';
import { AssessmentCellEntity } from './assessment-cell.entity.js';
import type { AddActivityInput, RemoveActivityInput, RenameCatalogItemInput, SetAssessmentCellInput } from './assessment.input.js';
import { toCellModel } from './assessment.mapper.js';
import type { ActivityModel, AssessmentCellModel, AssessmentReminderModel, CapabilityModel } from './assessment.model.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { CapabilityEntity } from './capability.entity.js';

/** Filling the grid, editing the catalog, the completeness threshold and reminders. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
  ) {}

  /**
   * Fills one cell. Partners fill their units' columns, program leads every column (the central
   * team's too). The cell is found by activity and unit, so sending the same content twice changes
   * nothing; changing an existing cell needs the version the caller saw.
   */
  async setCell(actor: Actor, input: SetAssessmentCellInput): Promise<AssessmentCellModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      // Permission before validation: the unit decides who may write, so it is read first.
      const unitId = input.unitId === null || input.unitId === undefined ? null : parseId(input.unitId, 'unitId');
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'assessment_cell.update', unitId === null ? {} : { unitId });
      const values = parseInput(setAssessmentCellSchema, { ...input, unitId });
      const activity = await this.assessments.findActivity(em, actor.orgId, values.activityId);
      if (!activity || activity.programId !== program.id) throw invalidField('activityId', 'This activity is not in the program’s catalog.');
      if (unitId !== null && !(await this.assessments.isProgramUnit(em, program.id, unitId))) throw invalidField('unitId', 'This unit is not part of the program.');
      const content = { performer: values.performer, maturity: values.maturity, decides: values.decides, note: values.note };
      const existing = await this.assessments.findCell(em, activity.id, unitId);
      if (!existing) {
        return toCellModel(await this.assessments.insertCell(em, { orgId: actor.orgId, programId: program.id, activityId: activity.id, unitId, ...content }));
      }
      const same = existing.performer === content.performer && existing.maturity === content.maturity && existing.decides === content.decides && existing.note === content.note;
      if (same) return toCellModel(existing);
      // Someone filled the cell after the caller opened it empty: show them what is there.
      if (values.expectedVersion === undefined) throw new ConflictError('Assessment cell', existing.version, toCellModel(existing) as unknown as Record<string, unknown>);
      const key = { id: existing.id, orgId: actor.orgId, expectedVersion: values.expectedVersion };
      return toCellModel(await updateVersioned(em, AssessmentCellEntity, 'Assessment cell', key, content));
    });
  }

  async addActivity(actor: Actor, input: AddActivityInput): Promise<ActivityModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      const { capabilityId, name } = parseInput(addActivitySchema, input);
      const capability = await this.assessments.findCapability(em, actor.orgId, capabilityId);
      if (!capability || capability.programId !== program.id) throw invalidField('capabilityId', 'This capability is not in the program’s catalog.');
      const position = await this.assessments.nextActivityPosition(em, program.id);
      const activity = await this.assessments.insertActivity(em, { orgId: actor.orgId, programId: program.id, capabilityId, name, position });
      return { id: activity.id, name: activity.name, capabilityId: activity.capabilityId, programId: activity.programId, version: activity.version, filledCells: 0 };
    });
  }

  async renameActivity(actor: Actor, input: RenameCatalogItemInput): Promise<ActivityModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const activity = await this.assessments.findActivity(em, actor.orgId, parseId(input.id));
      if (!activity) throw new NotFoundError('Activity', input.id);
      await loadActiveProgramFor(em, actor, activity.programId, 'program.manage');
      const { id, name, expectedVersion } = parseInput(renameCatalogItemSchema, input);
      const renamed = await updateVersioned(em, ActivityEntity, 'Activity', { id, orgId: actor.orgId, expectedVersion }, { name });
      const filledCells = await this.assessments.countCells(em, id);
      return { id, name: renamed.name, capabilityId: renamed.capabilityId, programId: renamed.programId, version: renamed.version, filledCells };
    });
  }

  async renameCapability(actor: Actor, input: RenameCatalogItemInput): Promise<CapabilityModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const capability = await this.assessments.findCapability(em, actor.orgId, parseId(input.id));
      if (!capability) throw new NotFoundError('Capability', input.id);
      await loadActiveProgramFor(em, actor, capability.programId, 'program.manage');
      const { id, name, expectedVersion } = parseInput(renameCatalogItemSchema, input);
      const renamed = await updateVersioned(em, CapabilityEntity, 'Capability', { id, orgId: actor.orgId, expectedVersion }, { name });
      // Its activities are read by the assessment query; the rename answers with the capability alone.
      return { id, name: renamed.name, version: renamed.version, activities: [] };
    });
  }

  /** Removes an activity; when it has filled cells they go too, so the caller must confirm. */
  async removeActivity(actor: Actor, input: RemoveActivityInput): Promise<boolean> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const activity = await this.assessments.findActivity(em, actor.orgId, parseId(input.id));
      if (!activity) throw new NotFoundError('Activity', input.id);
      await loadActiveProgramFor(em, actor, activity.programId, 'program.manage');
      const { expectedVersion, confirmed } = parseInput(removeActivitySchema, input);
      if (activity.version !== expectedVersion) throw new ConflictError('Activity', activity.version);
      // Pilots and lessons would lose what they are about: they are retagged first (the program lock keeps new tags out meanwhile).
      const tagged = await this.assessments.countTagged(em, activity.id);
      if (tagged.pilots + tagged.lessons > 0) throw invalidField('id', taggedActivityMessage(activity.name, tagged));
      const filled = await this.assessments.countCells(em, activity.id);
      if (filled > 0 && !confirmed) {
        throw invalidField('confirmed', `${activity.name} has ${filled} filled ${filled === 1 ? 'cell' : 'cells'}; confirm to remove them with it.`);
      }
      await this.assessments.deleteActivity(em, activity.id);
      return true;
    });
  }

  async setThreshold(actor: Actor, input: { programId: string; threshold: number; expectedVersion: number }): Promise<ProgramModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      const { threshold, expectedVersion } = parseInput(setAssessmentThresholdSchema, input);
      const key = { id: program.id, orgId: actor.orgId, expectedVersion };
      return toProgramModel(await updateVersioned(em, ProgramEntity, 'Program', key, { assessmentThreshold: threshold }));
    });
  }

  /** Records a reminder to a unit to fill its rows; the notification system will send it once it exists. */
  async remind(actor: Actor, input: { programId: string; unitId: string }): Promise<AssessmentReminderModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'program.manage');
      const unitId = parseId(input.unitId, 'unitId');
      if (!(await this.assessments.isProgramUnit(em, program.id, unitId))) throw invalidField('unitId', 'This unit is not part of the program.');
      const reminder = await this.assessments.insertReminder(em, { orgId: actor.orgId, programId: program.id, unitId, sentById: actor.id });
      return { id: reminder.id, unitId: reminder.unitId, sentAt: reminder.sentAt };
    });
  }
}
