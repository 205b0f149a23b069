import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { LiveEvents, type LiveEvent } from '../../common/live/live-events.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { CreateWebhookInput, NotificationPreferencesInput, SetWebhookActiveInput } from './notifications.input.js';
import { CreatedWebhookModel, JobFailureModel, NotificationModel, NotificationPreferencesModel, WebhookModel } from './notifications.model.js';
import { NotificationsService } from './notifications.service.js';
import { WebhooksService } from './webhooks.service.js';

const MANAGERS = ['admin', 'program_manager'] as const;

/** The signed-in user's notifications and preferences; programs' webhooks; failed background jobs for admins. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly webhooks: WebhooksService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => [NotificationModel], { description: 'The signed-in user’s notifications, newest first.', complexity: ({ args, childComplexity }) => Number(args.first ?? 20) * childComplexity })
  @Roles(...ALL_ROLES)
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1 to 100.' }) first: number,
    @Args('unreadOnly', { defaultValue: false, description: 'Only unread ones.' }) unreadOnly: boolean,
  ): Promise<NotificationModel[]> {
    return this.inbox.list(actor, first, unreadOnly);
  }

  @Subscription(() => Int, {
    description: 'The signed-in user’s unread count, each time a notification reaches them or they read one elsewhere.',
    resolve(this: NotificationsResolver, _event: unknown, _args: unknown, ctx: GraphQLContext) {
      return ctx.req.actor ? this.inbox.unreadCount(ctx.req.actor) : 0;
    },
  })
  @Roles(...ALL_ROLES)
  unreadNotificationCountChanged(@CurrentActor() actor: Actor): AsyncIterableIterator<LiveEvent> {
    return this.live.iterate((event) => (event.type === 'notification' && event.userId === actor.id ? event : null));
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread.' })
  @Roles(...ALL_ROLES)
  async unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks the signed-in user’s notifications read (these, or all when `ids` is left out); answers how many stay unread.' })
  @Roles(...ALL_ROLES)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID], nullable: true, description: 'Which; all when left out.' }) ids: string[] | null): Promise<number> {
    return this.inbox.markRead(actor, ids ?? null);
  }

  @Query(() => NotificationPreferencesModel, { description: 'What the signed-in user hears about, and how often by email.' })
  @Roles(...ALL_ROLES)
  async notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesModel> {
    return this.inbox.preferences(actor);
  }

  @Mutation(() => NotificationPreferencesModel, { description: 'Sets what the signed-in user hears about, and how often by email.' })
  @Roles(...ALL_ROLES)
  async updateNotificationPreferences(@CurrentActor() actor: Actor, @Args('input', { description: 'The preferences.' }) input: NotificationPreferencesInput): Promise<NotificationPreferencesModel> {
    return this.inbox.savePreferences(actor, input);
  }

  @Query(() => [WebhookModel], { description: 'A program’s webhooks with their latest deliveries; its leads and admins.' })
  @Roles(...MANAGERS)
  async programWebhooks(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID, description: 'The program.' }) programId: string): Promise<WebhookModel[]> {
    return this.webhooks.ofProgram(actor, programId);
  }

  @Mutation(() => CreatedWebhookModel, { description: 'Makes a webhook for a program; its signing secret is answered this once.' })
  @Roles(...MANAGERS)
  async createWebhook(@CurrentActor() actor: Actor, @Args('input', { description: 'The webhook.' }) input: CreateWebhookInput): Promise<CreatedWebhookModel> {
    return this.webhooks.create(actor, input);
  }

  @Mutation(() => WebhookModel, { description: 'Switches a webhook off or on.' })
  @Roles(...MANAGERS)
  async setWebhookActive(@CurrentActor() actor: Actor, @Args('input', { description: 'The webhook and its new state.' }) input: SetWebhookActiveInput): Promise<WebhookModel> {
    return this.webhooks.setActive(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a webhook and its delivery log.' })
  @Roles(...MANAGERS)
  async removeWebhook(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The webhook.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version the caller saw; a stale one is refused with CONFLICT.' }) expectedVersion: number,
  ): Promise<boolean> {
    return this.webhooks.remove(actor, { id, expectedVersion });
  }

  @Mutation(() => Boolean, { description: 'Posts a test event to a webhook now; its delivery log shows how it went.' })
  @Roles(...MANAGERS)
  async sendTestWebhook(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The webhook.' }) id: string): Promise<boolean> {
    return this.webhooks.sendTest(actor, id);
  }

  @Query(() => [JobFailureModel], { description: 'Background jobs whose last attempt failed, newest first (at most 50); admins.' })
  @Roles('admin')
  async jobFailures(): Promise<JobFailureModel[]> {
    return this.dataSource.query(
      `SELECT id::text, task_identifier AS task, attempts, max_attempts AS "maxAttempts", last_error AS "lastError", run_at AS "runAt"
         FROM graphile_worker.jobs WHERE last_error IS NOT NULL ORDER BY updated_at DESC LIMIT 50`,
    );
  }
}
