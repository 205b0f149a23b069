import { Module } from '@nestjs/common';
import { ActionItemEntity } from './action-item.entity.js';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { ForumEntity } from './forum.entity.js';
import { CalendarFeedResolver, ForumResolver, ProgramGovernanceResolver } from './forums.resolver.js';
import { ForumsService } from './forums.service.js';
import { GovernanceLoaders } from './governance.loaders.js';
import { GovernanceRepository } from './governance.repository.js';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingEntity } from './meeting.entity.js';
import { ActionItemResolver, MeetingDecisionResolver, MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesService } from './minutes.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BacklogModule } from '../backlog/backlog.module.js';

/** Govern: the program's forums and their calendar, generated agendas, minutes, decisions, action items, calendar feeds. */
@Module({
  imports: [NotificationsModule, BacklogModule],
  controllers: [CalendarFeedController],
  providers: [
    GovernanceRepository,
    GovernanceLoaders,
    ForumsService,
    MeetingsService,
    MinutesService,
    CalendarFeedService,
    ProgramGovernanceResolver,
    ForumResolver,
    CalendarFeedResolver,
    MeetingsResolver,
    MeetingDecisionResolver,
    ActionItemResolver,
  ],
})
export class GovernanceModule {
  static readonly entities = [ForumEntity, MeetingEntity, MeetingDecisionEntity, ActionItemEntity, CalendarFeedEntity];
}
