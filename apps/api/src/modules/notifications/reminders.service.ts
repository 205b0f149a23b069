import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { forumOccurrences, reminderOf, type Reminder } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { today as serverToday } from '../../common/time/today.js';
import { changesOf, scheduleOf } from '../governance/governance.mapper.js';
import { NotificationEmailService } from './notification-email.service.js';
import { NotificationsRepository, type Addressed } from './notifications.repository.js';
import { ReminderFactsRepository } from './reminder-facts.repository.js';
import { DELIVER_WEBHOOK } from './webhook-delivery.service.js';

export const GOVERNANCE_REMINDERS = 'governance_reminders';
const DAY_MS = 86_400_000;

/**
 * The operating rhythm's reminders, checked every ten minutes by the job queue (once across API
 * processes): units without a recent check-in, action items past due, meetings within a day,
 * pilots near their gate, waves starting with units not ready. Each becomes a notification for
 * the people it concerns (once: by its key) and, for the program's own events, a delivery to each
 * of the program's webhooks, all in one transaction with the delivery and email jobs.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: ReminderFactsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly jobs: JobQueue,
    private readonly email: NotificationEmailService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: GOVERNANCE_REMINDERS, cron: '*/10 * * * *', maxAttempts: 3, run: async () => void (await this.check()) });
  }

  /** Writes what is due now; answers how many notifications and webhook deliveries it added. */
  async check(now = new Date(), today = serverToday()): Promise<{ notifications: number; deliveries: number }> {
    const programs = new Map((await this.facts.programs()).map((program) => [program.programId, program]));
    const toPeople: Addressed[] = [];
    const programEvents: { programId: string; orgId: string; reminder: Reminder }[] = [];
    const add = (programId: string, reminder: Reminder, userIds: readonly string[], alsoWebhooks: boolean) => {
      const program = programs.get(programId);
      if (!program) return;
      toPeople.push({ reminder, orgId: program.orgId, programId, userIds });
      if (alsoWebhooks) programEvents.push({ programId, orgId: program.orgId, reminder });
    };
    const leadsOf = (programId: string) => programs.get(programId)?.leadIds ?? [];

    for (const unit of await this.facts.staleUnits(today)) {
      // Its partners report; without one, the program's leads hear of it.
      add(unit.programId, reminderOf.staleCheckIn(unit, today), unit.partnerIds.length > 0 ? unit.partnerIds : leadsOf(unit.programId), true);
    }
    for (const action of await this.facts.overdueActions(today)) add(action.programId, reminderOf.actionOverdue(action), [action.ownerId], true);
    for (const pilot of await this.facts.gatesSoon(today)) add(pilot.programId, reminderOf.gateSoon(pilot), [...leadsOf(pilot.programId), ...pilot.steeringIds], true);
    for (const unit of await this.facts.unreadyWaveUnits(today)) add(unit.programId, reminderOf.waveReadinessDue(unit, today), [...unit.partnerIds, ...leadsOf(unit.programId)], true);
    const { forums, meetings } = await this.facts.forumsWithMeetings();
    for (const forum of forums) {
      const own = meetings.filter((meeting) => meeting.forumId === forum.id);
      for (const occurrence of forumOccurrences(scheduleOf(forum), changesOf(own), now, new Date(now.getTime() + DAY_MS))) {
        if (occurrence.cancelledReason !== null) continue;
        add(forum.programId, reminderOf.meetingSoon({ forumId: forum.id, forumName: forum.name, occursOn: occurrence.occursOn, startsAt: occurrence.startsAt, programId: forum.programId }), forum.attendeeIds, false);
      }
    }

    return this.dataSource.transaction(async (em) => {
      const written = await this.notifications.notify(toPeople, em);
      await this.email.afterNotify(em, written);
      const deliveries = await this.notifications.addDeliveries(programEvents, em);
      for (const deliveryId of deliveries) await this.jobs.enqueue(em, DELIVER_WEBHOOK, { deliveryId });
      return { notifications: written.length, deliveries: deliveries.length };
    });
  }
}
