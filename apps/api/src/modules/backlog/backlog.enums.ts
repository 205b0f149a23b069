import { registerEnumType } from '@nestjs/graphql';
import { APPROVAL_STATUS_LABELS, APPROVAL_STATUSES, FRAMEWORK_LABELS, FRAMEWORKS, REQUEST_STATUS_LABELS, REQUEST_STATUSES, SLA_STATE_LABELS, SLA_STATES } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

// GraphQL enums owned by the backlog feature, registered when its models load.
export const RequestStatusEnum = enumOf(REQUEST_STATUSES);
export const FrameworkEnum = enumOf(FRAMEWORKS);
export const SlaStateEnum = enumOf(SLA_STATES);
export const ApprovalStatusEnum = enumOf(APPROVAL_STATUSES);
export const RequestListStateEnum = enumOf(['open', 'closed', 'all'] as const);
export const RequestSortEnum = enumOf(['rank', 'newest', 'oldest', 'wished'] as const);

registerEnumType(RequestStatusEnum, { name: 'RequestStatus', description: 'Where a request to the RevOps backlog stands.', valuesMap: described(REQUEST_STATUS_LABELS) });
registerEnumType(FrameworkEnum, { name: 'PrioritisationFramework', description: 'How the owning teams score their requests.', valuesMap: described(FRAMEWORK_LABELS) });
registerEnumType(SlaStateEnum, { name: 'SlaState', description: 'A request against one of its service levels.', valuesMap: described(SLA_STATE_LABELS) });
registerEnumType(ApprovalStatusEnum, { name: 'RequestApproval', description: 'The hub’s decision on a request that changes a standard it is accountable for.', valuesMap: described(APPROVAL_STATUS_LABELS) });
registerEnumType(RequestListStateEnum, {
  name: 'RequestListState',
  description: 'Which requests a backlog list holds.',
  valuesMap: described({ open: 'Awaiting triage, in the backlog, committed or in progress.', closed: 'Delivered, declined or merged.', all: 'Every request.' }),
});
registerEnumType(RequestSortEnum, {
  name: 'RequestSort',
  description: 'The order of a backlog list.',
  valuesMap: described({ rank: 'By team, then rank (unranked last, oldest first).', newest: 'Newest filed first.', oldest: 'Oldest filed first.', wished: 'By wished date, soonest first.' }),
});
