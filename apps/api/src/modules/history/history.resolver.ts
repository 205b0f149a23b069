import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PageLimit } from '../../common/graphql/query-cost.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { AuditLogFilterInput } from './audit-filter.input.js';
import { AuditRecordTypeEnum } from './history.enums.js';
import type { AuditRecordType } from '../../database/audited-tables.js';
import { AuditEntryConnectionModel, AuditEntryModel } from './audit-entry.model.js';
import { HistoryService, MAX_AUDIT_LOG_PAGE, MAX_RECORD_HISTORY_PAGE } from './history.service.js';

@Resolver(() => AuditEntryModel)
export class HistoryResolver {
  constructor(private readonly historyService: HistoryService) {}

  @Query(() => [AuditEntryModel], { description: 'The latest changes to one program or unit, oldest first.' })
  @Roles(...ALL_ROLES)
  @PageLimit(MAX_RECORD_HISTORY_PAGE)
  async recordHistory(
    @CurrentActor() actor: Actor,
    @Args('recordType', { type: () => AuditRecordTypeEnum, description: 'program or unit.' }) recordType: AuditRecordType,
    @Args('recordId', { type: () => ID, description: 'Id of the record.' }) recordId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'The latest this many entries (default 100, max 200), oldest first.' }) first?: number,
  ): Promise<AuditEntryModel[]> {
    return this.historyService.forRecord(actor, recordType, { recordId, first });
  }

  @Query(() => AuditEntryConnectionModel, { description: 'The organization’s whole change log, newest first. Admins only.' })
  @Roles('admin')
  @PageLimit(MAX_AUDIT_LOG_PAGE)
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true, description: 'By user, record type and dates.' }) filter?: AuditLogFilterInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–100 (default 50).' }) first?: number,
    @Args('after', { nullable: true, description: 'endCursor of the previous page.' }) after?: string,
  ): Promise<AuditEntryConnectionModel> {
    return this.historyService.search(actor, { ...filter, first, after });
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the change; null for system changes.' })
  async actor(@Parent() entry: AuditEntryModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return entry.actorId ? ctx.loaders.get(USER_BY_ID).load(entry.actorId) : null;
  }
}
