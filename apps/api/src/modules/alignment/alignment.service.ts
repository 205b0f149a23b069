import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkModelChoice,
  chooseModelSchema,
  DEFAULT_PRINCIPLES,
  invalidField,
  MAX_PRINCIPLES,
  MAX_STAKEHOLDERS,
  parseId,
  parseInput,
  saveCompanyProfileSchema,
  saveDesignPrincipleSchema,
  saveStakeholderWeightsSchema,
  scoreModelSchema,
  type Actor,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { toProgramModel } from '../programs/program.mapper.js';
import type { ProgramModel } from '../programs/program.model.js';
import type { AlignmentModel, CompanyProfileModel, DesignPrincipleModel, ModelScoreModel, StakeholderWeightsModel } from './alignment.model.js';
import { guidanceOf, toAlignmentModel, toCompanyProfileModel, toModelScoreModel } from './alignment.mapper.js';
import { AlignmentRepository } from './alignment.repository.js';
import type {
  ChooseOperatingModelInput,
  SaveCompanyProfileInput,
  SaveDesignPrincipleInput,
  SaveStakeholderWeightsInput,
  ScoreOperatingModelInput,
} from './alignment.input.js';
import { CompanyProfileEntity } from './company-profile.entity.js';
import { DesignPrincipleEntity } from './design-principle.entity.js';
import { ModelScoreEntity } from './model-score.entity.js';
import { OperatingModelChoiceEntity } from './operating-model-choice.entity.js';
import { StakeholderWeightsEntity } from './stakeholder-weights.entity.js';

const same = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value);

/** Align: every write checks `alignment.manage` on the program, locked inside its transaction. */
@Injectable()
export class AlignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alignment: AlignmentRepository,
  ) {}

  /** Gives a program without principles the six defaults; a program that has some is left as it is. */
  async start(actor: Actor, programIdInput: string): Promise<AlignmentModel> {
    const programId = parseId(programIdInput, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'alignment.manage');
      if ((await this.alignment.principleCount(em, programId)) === 0) {
        await em.insert(
          DesignPrincipleEntity,
          DEFAULT_PRINCIPLES.map((name, index) => ({ orgId: actor.orgId, programId, name, position: index + 1 })),
        );
      }
      return this.alignmentOf(em, programId);
    });
  }

  async savePrinciple(actor: Actor, input: SaveDesignPrincipleInput): Promise<DesignPrincipleModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'alignment.manage');
      const { programId, id, name, expectedVersion } = parseInput(saveDesignPrincipleSchema, input);
      const siblings = await em.find(DesignPrincipleEntity, { where: { programId }, order: { position: 'ASC' } });
      if (siblings.some((other) => other.id !== id && other.name.toLowerCase() === name.toLowerCase())) {
        throw invalidField('name', 'The program already has a principle of that name.');
      }
      if (id === undefined) {
        if (siblings.length >= MAX_PRINCIPLES) throw invalidField('name', `A program has at most ${MAX_PRINCIPLES} principles.`);
        const position = (siblings.at(-1)?.position ?? 0) + 1;
        return em.save(em.create(DesignPrincipleEntity, { orgId: actor.orgId, programId, name, position }));
      }
      const current = siblings.find((row) => row.id === id);
      if (!current) throw new NotFoundError('DesignPrinciple', id);
      if (current.name === name) return current;
      if (expectedVersion === undefined) throw new ConflictError('Design principle', current.version);
      return updateVersioned(em, DesignPrincipleEntity, 'Design principle', { id, orgId: actor.orgId, expectedVersion }, { name });
    });
  }

  /** Removes a principle with its matrix scores; weights given to it stop counting. */
  async removePrinciple(actor: Actor, idInput: string): Promise<boolean> {
    const id = parseId(idInput);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const principle = await this.alignment.findPrinciple(em, actor.orgId, id);
      if (!principle) throw new NotFoundError('DesignPrinciple', id);
      await loadActiveProgramFor(em, actor, principle.programId, 'alignment.manage');
      await em.delete(DesignPrincipleEntity, { id });
      return true;
    });
  }

  async saveWeights(actor: Actor, input: SaveStakeholderWeightsInput): Promise<StakeholderWeightsModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'alignment.manage');
      const { programId, id, stakeholder, weights, expectedVersion } = parseInput(saveStakeholderWeightsSchema, input);
      const principleIds = new Set((await em.findBy(DesignPrincipleEntity, { programId })).map((row) => row.id));
      if (weights.some((weight) => !principleIds.has(weight.principleId))) throw invalidField('weights', 'Weigh only this program’s principles.');
      const points = Object.fromEntries(weights.map((weight) => [weight.principleId, weight.weight]));
      let row: StakeholderWeightsEntity;
      if (id === undefined) {
        if ((await this.alignment.stakeholderCount(em, programId)) >= MAX_STAKEHOLDERS) {
          throw invalidField('stakeholder', `A program has at most ${MAX_STAKEHOLDERS} stakeholders’ weights.`);
        }
        row = await em.save(em.create(StakeholderWeightsEntity, { orgId: actor.orgId, programId, stakeholder, weights: points }));
      } else {
        const current = await this.alignment.findStakeholder(em, actor.orgId, id);
        if (!current || current.programId !== programId) throw new NotFoundError('StakeholderWeights', id);
        if (current.stakeholder === stakeholder && same(current.weights, points)) {
          row = current;
        } else {
          if (expectedVersion === undefined) throw new ConflictError('Stakeholder weights', current.version);
          row = await updateVersioned(em, StakeholderWeightsEntity, 'Stakeholder weights', { id, orgId: actor.orgId, expectedVersion }, { stakeholder, weights: points });
        }
      }
      const stakeholders = (await this.alignmentOf(em, programId)).stakeholders;
      const model = stakeholders.find((candidate) => candidate.id === row.id);
      if (!model) throw new Error(`Stakeholder weights ${row.id} vanished`);
      return model;
    });
  }

  async removeWeights(actor: Actor, idInput: string): Promise<boolean> {
    const id = parseId(idInput);
    return writeTransaction(this.dataSource, actor, async (em) => {
      const row = await this.alignment.findStakeholder(em, actor.orgId, id);
      if (!row) throw new NotFoundError('StakeholderWeights', id);
      await loadActiveProgramFor(em, actor, row.programId, 'alignment.manage');
      await em.delete(StakeholderWeightsEntity, { id });
      return true;
    });
  }

  async score(actor: Actor, input: ScoreOperatingModelInput): Promise<ModelScoreModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'alignment.manage');
      const { programId, principleId, model, score, note, expectedVersion } = parseInput(scoreModelSchema, input);
      const principle = await this.alignment.findPrinciple(em, actor.orgId, principleId);
      if (!principle || principle.programId !== programId) throw invalidField('principleId', 'Score against one of this program’s principles.');
      const current = await this.alignment.findScore(em, principleId, model);
      if (!current) return toModelScoreModel(await em.save(em.create(ModelScoreEntity, { orgId: actor.orgId, programId, principleId, model, score, note })));
      if (current.score === score && current.note === note) return toModelScoreModel(current);
      if (expectedVersion === undefined) throw new ConflictError('Score', current.version);
      return toModelScoreModel(await updateVersioned(em, ModelScoreEntity, 'Score', { id: current.id, orgId: actor.orgId, expectedVersion }, { score, note }));
    });
  }

  async saveProfile(actor: Actor, input: SaveCompanyProfileInput): Promise<CompanyProfileModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'alignment.manage');
      const { programId, expectedVersion, ...facts } = parseInput(saveCompanyProfileSchema, input);
      const current = await this.alignment.findProfile(em, programId);
      if (!current) return toCompanyProfileModel(await em.save(em.create(CompanyProfileEntity, { orgId: actor.orgId, programId, ...facts })));
      const unchanged = (Object.keys(facts) as (keyof typeof facts)[]).every((key) => current[key] === facts[key]);
      if (unchanged) return toCompanyProfileModel(current);
      if (expectedVersion === undefined) throw new ConflictError('Company profile', current.version);
      return toCompanyProfileModel(await updateVersioned(em, CompanyProfileEntity, 'Company profile', { id: current.id, orgId: actor.orgId, expectedVersion }, facts));
    });
  }

  /**
   * Records the chosen model: it becomes the program's target model (the one place the choice
   * lives) and a decision-log entry keeps the rationale with what the matrix and guidance said.
   */
  async choose(actor: Actor, input: ChooseOperatingModelInput): Promise<ProgramModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const program = await loadActiveProgramFor(em, actor, parseId(input.programId, 'programId'), 'alignment.manage');
      const { programId, model, rationale, expectedVersion } = parseInput(chooseModelSchema, input);
      const [records] = await this.alignment.recordsFor([programId], em);
      if (!records) throw new NotFoundError('Program', programId);
      const matrixWinner = toAlignmentModel(records).matrixWinner;
      const guidanceModel = guidanceOf(records.profile)?.model ?? null;
      const checked = checkModelChoice(model, rationale, { matrixWinner, guidanceModel });
      const last = await em.findOne(OperatingModelChoiceEntity, { where: { programId }, order: { decidedAt: 'DESC' } });
      if (program.targetModel === model && last?.model === model && last.rationale === checked) return toProgramModel(program);
      const updated = await updateVersioned(em, ProgramEntity, 'Program', { id: programId, orgId: actor.orgId, expectedVersion }, { targetModel: model });
      await em.insert(OperatingModelChoiceEntity, { orgId: actor.orgId, programId, model, rationale: checked, matrixWinner, guidanceModel, decidedById: actor.id });
      return toProgramModel(updated);
    });
  }

  private async alignmentOf(em: EntityManager, programId: string): Promise<AlignmentModel> {
    const [records] = await this.alignment.recordsFor([programId], em);
    if (!records) throw new NotFoundError('Program', programId);
    return toAlignmentModel(records);
  }
}
