import { z } from 'zod';
import { localDate, text } from '../common/fields.js';

// A request filed from where people already are (a Slack workflow, a form, another tool): a JSON
// body signed with the backlog's inbound secret. Records are named, not referred to by id, so the
// sender needs no lookup; the requester is a person with an account, who must be allowed to file.

export const inboundRequestSchema = z.object({
  requesterEmail: z.email('The requester’s email address.').max(254),
  unit: text('The unit', 1, 120),
  type: text('The request type', 1, 60),
  activity: text('The activity', 1, 120).nullable().default(null),
  problem: text('The problem', 10, 200),
  impact: text('The business impact', 0, 2000).default(''),
  wishedOn: localDate.nullable().default(null),
});
export type InboundRequest = z.infer<typeof inboundRequestSchema>;

/** The largest inbound body read. */
export const MAX_INBOUND_BYTES = 16 * 1024;
