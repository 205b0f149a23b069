import { MEASUREMENT_CSV_COLUMNS } from '@rollout/domain';
import { expect } from 'vitest';
import { aTool } from '../factories/assessment-inventory.factory.js';
import { aProgramUnit } from '../factories/organization.factory.js';
import { aSuccessMetric } from '../factories/pilot.factory.js';
import { firstSheet } from '../support/workbook.js';
import { assessed, EVERYONE, PROGRAM_MANAGERS, type Caller, type RestCase, type World } from './world.js';

/** The file routes (GraphQL carries no files): uploads and exports of measurements, the grid, the tool inventory and the audit log. */

/** A fresh running pilot of the manager with one stored value, in the partner's country. */
async function aMeasuredPilot(w: World) {
  const pilot = await w.pilot({ status: 'running' });
  const metric = await aSuccessMetric(w.app.dataSource, pilot);
  await w.app.dataSource.query(
    `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id) VALUES ($1, $2, $3, $4, $5, '2026-01-12', 4, 'manual', $6)`,
    [w.org.id, metric.id, pilot.id, pilot.programId, w.country.id, w.users.manager.id],
  );
  return pilot;
}

/** A grid with the central team's cell and cells of the partner's country and of a unit elsewhere. */
async function aFilledGrid(w: World): Promise<string> {
  const { programId, activityId } = await assessed(w, w.country.id);
  await aProgramUnit(w.app.dataSource, w.org.id, programId, w.elsewhere.id);
  for (const unitId of [null, w.country.id, w.elsewhere.id]) {
    await w.app.dataSource.query(`INSERT INTO assessment_cell (org_id, program_id, activity_id, unit_id, performer, maturity) VALUES ($1, $2, $3, $4, 'both', 3)`, [
      w.org.id,
      programId,
      activityId,
      unitId,
    ]);
  }
  return programId;
}
/** The grid's rows a caller sees: the partner their country's only. */
const gridRowsFor = (w: World, caller: Caller) => (caller === 'partner' ? [w.country.name] : ['Central team', w.country.name, w.elsewhere.name]);

export const REST_CASES: RestCase[] = [
  {
    route: 'POST measurement-imports',
    allowed: PROGRAM_MANAGERS,
    status: 201,
    prepare: async (w) => {
      const pilot = await aMeasuredPilot(w);
      return {
        path: `/api/pilots/${pilot.id}/measurement-imports`,
        send: (request) =>
          request
            .set('x-file-name', 'values.csv')
            .set('content-type', 'application/octet-stream')
            .send(Buffer.from(`metric,unit,date,value\nLead response time,${w.country.code},2026-01-19,5\n`)),
        verify: async (res) => {
          // One stored file for this pilot, by this caller, waiting for its preview.
          const stored = await w.app.dataSource.query<unknown[]>(`SELECT id, file_name, status, rows_total FROM measurement_import WHERE pilot_id = $1`, [pilot.id]);
          expect(stored).toEqual([{ id: (res.body as { importId: string }).importId, file_name: 'values.csv', status: 'uploaded', rows_total: 1 }]);
        },
      };
    },
  },
  {
    route: 'GET measurements.csv',
    allowed: EVERYONE,
    prepare: async (w) => {
      const pilot = await aMeasuredPilot(w);
      return {
        path: `/api/pilots/${pilot.id}/measurements.csv`,
        verify: (res) => {
          expect((res.body as Buffer).toString('utf8')).toContain(`,${w.country.code},2026-01-12,4,manual,`);
        },
      };
    },
  },
  {
    route: 'GET measurements.xlsx',
    allowed: EVERYONE,
    prepare: async (w) => {
      const pilot = await aMeasuredPilot(w);
      return {
        path: `/api/pilots/${pilot.id}/measurements.xlsx`,
        verify: async (res) => expect((await firstSheet(res.body))?.getRow(2).getCell(MEASUREMENT_CSV_COLUMNS.indexOf('value') + 1).value).toBe(4),
      };
    },
  },
  {
    route: 'GET assessment-grid.csv',
    allowed: EVERYONE,
    prepare: async (w) => {
      const programId = await aFilledGrid(w);
      return {
        path: `/api/programs/${programId}/assessment-grid.csv`,
        verify: (res, caller) => {
          const lines = (res.body as Buffer).toString('utf8').trim().split('\r\n').slice(1);
          expect(lines.map((line) => line.split(',')[2])).toEqual(gridRowsFor(w, caller));
        },
      };
    },
  },
  {
    route: 'GET assessment-grid.xlsx',
    allowed: EVERYONE,
    prepare: async (w) => {
      const programId = await aFilledGrid(w);
      return {
        path: `/api/programs/${programId}/assessment-grid.xlsx`,
        verify: async (res, caller) => {
          const units: unknown[] = [];
          (await firstSheet(res.body))?.eachRow((row, number) => number > 1 && units.push(row.getCell(3).value));
          expect(units).toEqual(gridRowsFor(w, caller));
        },
      };
    },
  },
  ...(['preview', 'commit'] as const).map(
    (step): RestCase => ({
      route: `POST assessment-grid-imports/${step}`,
      // Partners may send a file; its rows for units outside their region are refused one by one (assessment-files.test.ts).
      allowed: [...PROGRAM_MANAGERS, 'partner'],
      prepare: async (w) => {
        const { programId } = await assessed(w, w.country.id);
        return {
          path: `/api/programs/${programId}/assessment-grid-imports/${step}`,
          send: (request) =>
            request
              .set('x-file-name', 'grid.csv')
              .set('content-type', 'application/octet-stream')
              .send(Buffer.from(`Activity,Unit,Who does it,Maturity\nDashboards,${w.country.name},Both,3\n`)),
          verify: async (res) => {
            const cells = await w.app.dataSource.query<unknown[]>(`SELECT performer, maturity FROM assessment_cell WHERE program_id = $1`, [programId]);
            if (step === 'preview') expect([res.body, cells]).toMatchObject([{ rowsNew: 1, invalidRows: 0 }, []]);
            else expect([res.body, cells]).toEqual([{ written: 1, unchanged: 0 }, [{ performer: 'both', maturity: 3 }]]);
          },
        };
      },
    }),
  ),
  ...(['preview', 'commit'] as const).map(
    (step): RestCase => ({
      route: `POST tool-inventory-imports/${step}`,
      allowed: PROGRAM_MANAGERS,
      prepare: async (w) => {
        const { programId } = await assessed(w, w.country.id);
        return {
          path: `/api/programs/${programId}/tool-inventory-imports/${step}`,
          send: (request) =>
            request
              .set('x-file-name', 'tools.csv')
              .set('content-type', 'application/octet-stream')
              .send(Buffer.from(`Tool,Category,Units,Annual cost (USD)\nMatrix CRM,CRM,${w.country.name},50000\n`)),
          verify: async (res) => {
            const tools = await w.app.dataSource.query<unknown[]>(`SELECT name, annual_cost FROM program_tool WHERE program_id = $1`, [programId]);
            if (step === 'preview') expect([res.body, tools]).toMatchObject([{ rowsNew: 1, invalidRows: 0 }, []]);
            else expect([res.body, tools]).toEqual([{ written: 1, unchanged: 0 }, [{ name: 'Matrix CRM', annual_cost: 50000 }]]);
          },
        };
      },
    }),
  ),
  {
    route: 'GET audit-log.csv',
    allowed: ['admin'],
    prepare: () =>
      Promise.resolve({
        path: '/api/audit-log.csv',
        verify: (res) => expect((res.body as Buffer).toString('utf8').split('\r\n')[0]).toBe('time,user,change,record_type,record,program'),
      }),
  },
  ...(['csv', 'xlsx'] as const).map(
    (format): RestCase => ({
      route: `GET tool-inventory.${format}`,
      allowed: ['admin', 'manager', 'otherManager', 'executive'],
      prepare: async (w) => {
        const program = await w.program();
        await aTool(w.app.dataSource, w.org.id, program.id, { name: 'Matrix CRM', category: 'crm', usingUnitIds: [w.country.id] });
        return {
          path: `/api/programs/${program.id}/tool-inventory.${format}`,
          verify: async (res) => {
            if (format === 'csv') expect((res.body as Buffer).toString('utf8')).toContain(`Matrix CRM,CRM,${w.country.name},50000`);
            else expect((await firstSheet(res.body))?.getRow(2).getCell(1).value).toBe('Matrix CRM');
          },
        };
      },
    }),
  ),
];
