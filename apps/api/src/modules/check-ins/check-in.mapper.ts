import type { CheckInEntity } from './check-in.entity.js';
import type { CheckInModel } from './check-in.model.js';

// Pure row → GraphQL model mapper: internal columns (org_id) never reach the API.

export const toCheckInModel = (row: CheckInEntity): CheckInModel => ({
  id: row.id,
  pilotId: row.pilotId,
  unitId: row.unitId,
  weekStart: row.weekStart,
  status: row.status,
  confidence: row.confidence,
  highlights: row.highlights,
  blockers: row.blockers,
  asksForHelp: row.asksForHelp,
  commentary: row.commentary,
  submittedById: row.submittedById,
  submittedOn: row.submittedOn,
  version: row.version,
  updatedAt: row.updatedAt,
});
