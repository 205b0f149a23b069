import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addRaciDomainSchema,
  addRaciRoleSchema,
  assertRaciCanBeFinal,
  assertRaciNameFree,
  assertRaciOpen,
  assertRaciRoom,
  defaultRaciActivityId,
  invalidField,
  linkRaciDomainSchema,
  markRaciFinalSchema,
  parseId,
  parseInput,
  removeRaciItemSchema,
  renameRaciDomainSchema,
  renameRaciRoleSchema,
  reopenRaciSchema,
  setRaciCellSchema,
  setRaciRoleSideSchema,
  validateRaci,
  type Actor,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { assertDesignEditable } from '../design/design-version-state.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { RaciCellEntity } from './raci-cell.entity.js';
import { RaciDomainEntity } from './raci-domain.entity.js';
import { RaciMatrixEntity } from './raci-matrix.entity.js';
import { RaciRoleEntity } from './raci-role.entity.js';
import type {
  AddRaciDomainInput,
  AddRaciRoleInput,
  LinkRaciDomainInput,
  MarkRaciFinalInput,
  RemoveRaciItemInput,
  RenameRaciItemInput,
  ReopenRaciInput,
  SetRaciCellInput,
  SetRaciRoleSideInput,
} from './raci.input.js';
import { toRaciMatrix, toRaciModel, type RaciRecords } from './raci.mapper.js';
import type { RaciModel } from './raci.model.js';
import { RaciRepository } from './raci.repository.js';

/** A change a request decided on, written once the matrix is stored; null when the request changes nothing. */
type RaciWrite = ((em: EntityManager) => Promise<unknown>) | null;

type RaciItem = { id: string; name: string; version: number };

// Domains and roles are renamed and removed alike: by their rows in the records and their key in a cell.
const ITEMS = {
  domain: { label: 'RACI domain', rename: renameRaciDomainSchema, rows: (records: RaciRecords): readonly RaciItem[] => records.domains, cellKey: 'domainId' },
  role: { label: 'RACI role', rename: renameRaciRoleSchema, rows: (records: RaciRecords): readonly RaciItem[] => records.roles, cellKey: 'roleId' },
} as const;
type RaciItemKind = keyof typeof ITEMS;

/** The domain or role of that id: NOT_FOUND when it is the record the input names, a field error when a cell names it. */
function itemOf<T extends { id: string }>(rows: readonly T[], kind: RaciItemKind, id: string, field = 'id'): T {
  const item = rows.find((row) => row.id === id);
  if (!item) throw field === 'id' ? new NotFoundError(ITEMS[kind].label, id) : invalidField(field, `This ${kind} is not in the program’s RACI.`);
  return item;
}

/** The activity a domain may link to: one of the program's catalog, or none. */
function linkable(records: RaciRecords, activityId: string | null): string | null {
  if (activityId !== null && !records.context.activities.some((activity) => activity.id === activityId)) {
    throw invalidField('activityId', 'Link an activity of this program’s catalog.');
  }
  return activityId;
}

const nextPosition = (rows: readonly { position: number }[]) => Math.max(-1, ...rows.map((row) => row.position)) + 1;

/**
 * A program's RACI. Every write locks the program and checks `raci.manage` on it first; archived
 * programs are read-only. A change stores the default domains and roles first if the program
 * never changed its matrix (the read returns them unstored), and moves the matrix's version. A
 * final matrix refuses changes until it is reopened (a signed-off decision changes deliberately,
 * and its history shows who reopened it), and a signed-off design version refuses both; a request
 * that changes nothing succeeds unchanged.
 */
@Injectable()
export class RaciService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly raci: RaciRepository,
  ) {}

  /** Fills, changes or clears a cell; changing or clearing a filled one needs its version. */
  async setCell(actor: Actor, input: SetRaciCellInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { domainId, roleId, value, expectedVersion } = parseInput(setRaciCellSchema, input);
      itemOf(records.domains, 'domain', domainId, 'domainId');
      itemOf(records.roles, 'role', roleId, 'roleId');
      const cell = records.cells.find((row) => row.domainId === domainId && row.roleId === roleId);
      if (!cell) return value === null ? null : (em) => this.raci.insertCell(em, { orgId: actor.orgId, programId: records.programId, domainId, roleId, value });
      if (cell.value === value) return null;
      const conflict = () => new ConflictError('RACI cell', cell.version, { domainId, roleId, value: cell.value });
      if (typeof expectedVersion !== 'number') throw conflict();
      if (value === null) {
        return async (em) => {
          if (!(await this.raci.deleteCell(em, cell.id, expectedVersion))) throw conflict();
        };
      }
      return (em) => updateVersioned(em, RaciCellEntity, 'RACI cell', { id: cell.id, orgId: actor.orgId, expectedVersion }, { value });
    });
  }

  /** Adds a domain last; left without an activity, it links to the activity of its name or its default one. */
  async addDomain(actor: Actor, input: AddRaciDomainInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { name, activityId } = parseInput(addRaciDomainSchema, input);
      assertRaciRoom('domain', records.domains.length);
      assertRaciNameFree('domain', name, records.domains);
      const linked = input.activityId === undefined ? defaultRaciActivityId(name, records.context.activities) : linkable(records, activityId);
      const values = { orgId: actor.orgId, programId: records.programId, name, activityId: linked, position: nextPosition(records.domains) };
      return (em) => this.raci.insertDomain(em, values);
    });
  }

  async addRole(actor: Actor, input: AddRaciRoleInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { name, side } = parseInput(addRaciRoleSchema, input);
      assertRaciRoom('role', records.roles.length);
      assertRaciNameFree('role', name, records.roles);
      const values = { orgId: actor.orgId, programId: records.programId, name, side, position: nextPosition(records.roles) };
      return (em) => this.raci.insertRole(em, values);
    });
  }

  async rename(kind: RaciItemKind, actor: Actor, input: RenameRaciItemInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { id, name, expectedVersion } = parseInput(ITEMS[kind].rename, input);
      const item = itemOf(ITEMS[kind].rows(records), kind, id);
      if (item.name === name) return null;
      assertRaciNameFree(kind, name, ITEMS[kind].rows(records), id);
      return (em) => this.updateItem(em, kind, { id, orgId: actor.orgId, expectedVersion }, { name });
    });
  }

  async linkDomain(actor: Actor, input: LinkRaciDomainInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { id, activityId, expectedVersion } = parseInput(linkRaciDomainSchema, input);
      const domain = itemOf(records.domains, 'domain', id);
      const linked = linkable(records, activityId);
      if (domain.activityId === linked) return null;
      return (em) => this.updateItem(em, 'domain', { id, orgId: actor.orgId, expectedVersion }, { activityId: linked });
    });
  }

  async setRoleSide(actor: Actor, input: SetRaciRoleSideInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { id, side, expectedVersion } = parseInput(setRaciRoleSideSchema, input);
      if (itemOf(records.roles, 'role', id).side === side) return null;
      return (em) => this.updateItem(em, 'role', { id, orgId: actor.orgId, expectedVersion }, { side });
    });
  }

  /** Removes a domain or role with its cells; when some are filled, the caller must confirm. */
  async remove(kind: RaciItemKind, actor: Actor, input: RemoveRaciItemInput): Promise<RaciModel> {
    return this.change(actor, input.programId, (records) => {
      const { id, expectedVersion, confirmed } = parseInput(removeRaciItemSchema, input);
      const item = itemOf(ITEMS[kind].rows(records), kind, id);
      if (item.version !== expectedVersion) throw new ConflictError(ITEMS[kind].label, item.version, { name: item.name });
      const filled = records.cells.filter((cell) => cell[ITEMS[kind].cellKey] === id).length;
      if (filled > 0 && !confirmed) throw invalidField('confirmed', `${item.name} has ${filled} filled ${filled === 1 ? 'cell' : 'cells'}; confirm to remove them with it.`);
      return (em) => (kind === 'domain' ? this.raci.deleteDomain(em, id) : this.raci.deleteRole(em, id));
    });
  }

  /**
   * Marks the matrix final: refused (naming them) while any error stands or a warning is not
   * acknowledged by its current key; only the keys of current warnings are kept.
   */
  async markFinal(actor: Actor, input: MarkRaciFinalInput): Promise<RaciModel> {
    const programId = parseId(input.programId, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'raci.manage');
      const { acknowledgedWarningKeys, expectedVersion } = parseInput(markRaciFinalSchema, input);
      const records = await this.raci.recordsOf(em, programId);
      if (records.matrix?.final) return toRaciModel(records);
      if ((records.matrix?.version ?? 1) !== expectedVersion) throw new ConflictError('RACI', records.matrix?.version ?? 1);
      const validation = validateRaci(toRaciMatrix(records), records.context);
      assertRaciCanBeFinal(validation, acknowledgedWarningKeys);
      const matrix = await this.raci.storeMatrix(em, actor.orgId, records);
      const acknowledged = validation.warnings.map((warning) => warning.key);
      const key = { id: matrix.id, orgId: actor.orgId, expectedVersion: matrix.version };
      await updateVersioned(em, RaciMatrixEntity, 'RACI', key, { final: true, acknowledgedWarningKeys: acknowledged, markedFinalById: actor.id, markedFinalAt: new Date() });
      return toRaciModel(await this.raci.recordsOf(em, programId));
    });
  }

  /** Reopens a final matrix; its acknowledgements stay and show while their warnings last. */
  async reopen(actor: Actor, input: ReopenRaciInput): Promise<RaciModel> {
    const programId = parseId(input.programId, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'raci.manage');
      const { expectedVersion } = parseInput(reopenRaciSchema, input);
      const records = await this.raci.recordsOf(em, programId);
      if (!records.matrix?.final) return toRaciModel(records);
      await assertDesignEditable(em, programId);
      const key = { id: records.matrix.id, orgId: actor.orgId, expectedVersion };
      await updateVersioned(em, RaciMatrixEntity, 'RACI', key, { final: false, markedFinalById: null, markedFinalAt: null });
      return toRaciModel(await this.raci.recordsOf(em, programId));
    });
  }

  /**
   * One change to the matrix, in one transaction: the program locked and checked before the input
   * is read, the change decided on the matrix as read (refused while final), the defaults stored if
   * they are not yet, the change written and the matrix's version moved.
   */
  private async change(actor: Actor, programIdInput: string, decide: (records: RaciRecords) => RaciWrite): Promise<RaciModel> {
    const programId = parseId(programIdInput, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'raci.manage');
      const records = await this.raci.recordsOf(em, programId);
      const write = decide(records);
      if (write === null) return toRaciModel(records);
      await assertDesignEditable(em, programId);
      assertRaciOpen({ final: records.matrix?.final ?? false });
      const matrix = await this.raci.storeMatrix(em, actor.orgId, records);
      await write(em);
      await this.raci.touchMatrix(em, matrix.id);
      return toRaciModel(await this.raci.recordsOf(em, programId));
    });
  }

  private async updateItem(
    em: EntityManager,
    kind: RaciItemKind,
    key: { id: string; orgId: string; expectedVersion: number },
    changes: Partial<Pick<RaciDomainEntity, 'name' | 'activityId'> & Pick<RaciRoleEntity, 'name' | 'side'>>,
  ): Promise<void> {
    if (kind === 'domain') await updateVersioned(em, RaciDomainEntity, ITEMS.domain.label, key, changes);
    else await updateVersioned(em, RaciRoleEntity, ITEMS.role.label, key, changes);
  }
}
