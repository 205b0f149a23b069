import { registerEnumType } from '@nestjs/graphql';
import {
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_STATUSES,
  AGENDA_LINK_KINDS,
  AGENDA_SECTION_LABELS,
  AGENDA_SECTIONS,
  FORUM_CADENCE_LABELS,
  FORUM_CADENCES,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  SUBJECT_KIND_LABELS,
  SUBJECT_KINDS,
  WEEKDAY_LABELS,
  WEEKDAYS,
} from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the governance feature, registered when its models load.
export const ForumCadenceEnum = enumOf(FORUM_CADENCES);
export const WeekdayEnum = enumOf(WEEKDAYS);
export const MeetingStatusEnum = enumOf(MEETING_STATUSES);
export const AgendaSectionEnum = enumOf(AGENDA_SECTIONS);
export const AgendaLinkKindEnum = enumOf(AGENDA_LINK_KINDS);
export const SubjectKindEnum = enumOf(SUBJECT_KINDS);
export const ActionItemStatusEnum = enumOf(ACTION_ITEM_STATUSES);

registerEnumType(ForumCadenceEnum, { name: 'ForumCadence', description: 'How often a forum meets.', valuesMap: described(FORUM_CADENCE_LABELS) });
registerEnumType(WeekdayEnum, { name: 'Weekday', description: 'A day of the week (RFC 5545 codes).', valuesMap: described(WEEKDAY_LABELS) });
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus', description: 'Where a meeting stands, from what happened to it.', valuesMap: described(MEETING_STATUS_LABELS) });
registerEnumType(AgendaSectionEnum, { name: 'AgendaSection', description: 'A group of agenda lines.', valuesMap: described(AGENDA_SECTION_LABELS) });
registerEnumType(AgendaLinkKindEnum, {
  name: 'AgendaLinkKind',
  description: 'The kind of record an agenda line links to.',
  valuesMap: described({ pilot: 'A pilot.', wave: 'A roll-out wave.', unit: 'A unit.', action_item: 'An action item.', assessment: 'A finding of the program’s assessment.', request: 'A request of the RevOps backlog.' }),
});
registerEnumType(SubjectKindEnum, { name: 'SubjectKind', description: 'What a decision or an action item concerns.', valuesMap: described(SUBJECT_KIND_LABELS) });
registerEnumType(ActionItemStatusEnum, { name: 'ActionItemStatus', description: 'Where an action item stands.', valuesMap: described(ACTION_ITEM_STATUS_LABELS) });
