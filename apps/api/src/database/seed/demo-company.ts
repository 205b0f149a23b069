import type { OperatingModel, ProgramMemberRole, ProgramPhase, ProgramStatus, Role, UnitKind } from '@rollout/domain';

/** The demo company: a software vendor moving its four regional ops teams to one RevOps model. */
export const DEMO_ORGANIZATION = 'Northwind Software';
/** When Northwind set up Rollout (organization, units, accounts): a week before its first program. */
export const DEMO_SETUP_AT = '2025-01-06T09:00:00Z';
export const DEMO_PASSWORD = 'rollout-demo';

type DemoUnit = { code: string; name: string; kind: UnitKind; parent?: string };

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'NA', name: 'North America', kind: 'region' },
  { code: 'NA-USE', name: 'US East', kind: 'sub_region', parent: 'NA' },
  { code: 'NA-USW', name: 'US West', kind: 'sub_region', parent: 'NA' },
  { code: 'NA-CA', name: 'Canada', kind: 'country', parent: 'NA' },
  { code: 'EMEA', name: 'EMEA', kind: 'region' },
  { code: 'EMEA-UKI', name: 'UK & Ireland', kind: 'sub_region', parent: 'EMEA' },
  { code: 'EMEA-UK', name: 'United Kingdom', kind: 'country', parent: 'EMEA-UKI' },
  { code: 'EMEA-IE', name: 'Ireland', kind: 'country', parent: 'EMEA-UKI' },
  { code: 'EMEA-DACH', name: 'DACH', kind: 'sub_region', parent: 'EMEA' },
  { code: 'EMEA-DE', name: 'Germany', kind: 'country', parent: 'EMEA-DACH' },
  { code: 'EMEA-AT', name: 'Austria', kind: 'country', parent: 'EMEA-DACH' },
  { code: 'EMEA-CH', name: 'Switzerland', kind: 'country', parent: 'EMEA-DACH' },
  { code: 'EMEA-FRB', name: 'France & Benelux', kind: 'sub_region', parent: 'EMEA' },
  { code: 'EMEA-FR', name: 'France', kind: 'country', parent: 'EMEA-FRB' },
  { code: 'EMEA-NL', name: 'Netherlands', kind: 'country', parent: 'EMEA-FRB' },
  { code: 'EMEA-BE', name: 'Belgium', kind: 'country', parent: 'EMEA-FRB' },
  { code: 'EMEA-NORD', name: 'Nordics', kind: 'sub_region', parent: 'EMEA' },
  { code: 'EMEA-SE', name: 'Sweden', kind: 'country', parent: 'EMEA-NORD' },
  { code: 'EMEA-DK', name: 'Denmark', kind: 'country', parent: 'EMEA-NORD' },
  { code: 'APAC', name: 'APAC', kind: 'region' },
  { code: 'APAC-ANZ', name: 'Australia & New Zealand', kind: 'sub_region', parent: 'APAC' },
  { code: 'APAC-AU', name: 'Australia', kind: 'country', parent: 'APAC-ANZ' },
  { code: 'APAC-NZ', name: 'New Zealand', kind: 'country', parent: 'APAC-ANZ' },
  { code: 'APAC-JP', name: 'Japan', kind: 'country', parent: 'APAC' },
  { code: 'APAC-SEA', name: 'Southeast Asia', kind: 'sub_region', parent: 'APAC' },
  { code: 'APAC-SG', name: 'Singapore', kind: 'country', parent: 'APAC-SEA' },
  { code: 'APAC-IN', name: 'India', kind: 'country', parent: 'APAC' },
  { code: 'LATAM', name: 'Latin America', kind: 'region' },
  { code: 'LATAM-BR', name: 'Brazil', kind: 'country', parent: 'LATAM' },
  { code: 'LATAM-MX', name: 'Mexico', kind: 'country', parent: 'LATAM' },
  { code: 'LATAM-SC', name: 'Southern Cone', kind: 'sub_region', parent: 'LATAM' },
  { code: 'LATAM-AR', name: 'Argentina', kind: 'country', parent: 'LATAM-SC' },
  { code: 'LATAM-CL', name: 'Chile', kind: 'country', parent: 'LATAM-SC' },
  { code: 'BU-CORE', name: 'Core Platform', kind: 'business_unit' },
  { code: 'BU-ANALYTICS', name: 'Analytics Cloud', kind: 'business_unit' },
  { code: 'BU-PAY', name: 'Payments', kind: 'business_unit' },
  { code: 'SEG-ENT', name: 'Enterprise', kind: 'segment' },
  { code: 'SEG-MM', name: 'Mid-Market', kind: 'segment' },
  { code: 'SEG-SMB', name: 'SMB', kind: 'segment' },
];

type DemoUser = { email: string; name: string; role: Role; units?: string[] };

/** One sign-in per role plus a second partner and a second program manager; README lists them. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@northwind.example', name: 'Ada Okafor', role: 'admin' },
  { email: 'priya.shah@northwind.example', name: 'Priya Shah', role: 'program_manager' },
  { email: 'daniel.kim@northwind.example', name: 'Daniel Kim', role: 'program_manager' },
  { email: 'marco.rossi@northwind.example', name: 'Marco Rossi', role: 'regional_partner', units: ['EMEA'] },
  { email: 'lena.fischer@northwind.example', name: 'Lena Fischer', role: 'regional_partner', units: ['NA'] },
  { email: 'erin.walsh@northwind.example', name: 'Erin Walsh', role: 'executive' },
];

type DemoPhaseStep = { to: ProgramPhase; on: string; by: string; reason?: string };
/** A unit in a program's rollout: its stage follows from the demo pilots; the partner's report (blocked, note) is kept beside it, written by `by` `on` that day (ISO instant). */
type DemoRolloutUnit = { code: string; blocked?: boolean; note?: string; by?: string; on?: string };
export type DemoProgram = {
  name: string;
  objective: string;
  targetModel: OperatingModel;
  sponsor: string;
  owner: string;
  startDate: string;
  targetDate: string;
  status: ProgramStatus;
  archived?: boolean;
  steps: DemoPhaseStep[];
  units?: DemoRolloutUnit[];
  members?: { email: string; role: ProgramMemberRole }[];
};

const priya = 'priya.shah@northwind.example';
const daniel = 'daniel.kim@northwind.example';
const marco = 'marco.rossi@northwind.example';
const lena = 'lena.fischer@northwind.example';
const erin = 'erin.walsh@northwind.example';

export const DEMO_PROGRAMS: DemoProgram[] = [
  {
    name: 'Global hub-and-spoke RevOps',
    objective:
      'Replace four regional ops teams with a central hub (systems, data, standards) and embedded regional partners: one lead lifecycle, one forecast, one tool stack. Pilot in DACH, then scale region by region.',
    targetModel: 'hub_and_spoke',
    sponsor: 'Erin Walsh, CRO',
    owner: priya,
    startDate: '2026-06-01',
    targetDate: '2027-03-31',
    status: 'on_track',
    steps: [
      { to: 'assess', on: '2026-06-01T09:00:00Z', by: priya },
      { to: 'align', on: '2026-07-06T14:30:00Z', by: priya },
      { to: 'design', on: '2026-08-17T10:00:00Z', by: priya },
      { to: 'pilot', on: '2026-10-26T08:15:00Z', by: priya },
    ],
    units: [
      { code: 'EMEA-DACH', note: 'Lead routing live in Salesforce and the forecast call run by the hub; the playbook is written up for the next units.', by: marco, on: '2026-11-02T16:00:00Z' },
      { code: 'EMEA-UKI', note: 'Routing live for inbound demo requests; reps still skip the new mandatory fields on mobile.', by: marco, on: '2026-11-27T11:00:00Z' },
      { code: 'EMEA-FRB' },
      { code: 'NA-USE', note: 'New logos route correctly; named-account territory mapping still incomplete.', by: lena, on: '2026-11-27T15:30:00Z' },
      {
        code: 'NA-USW',
        blocked: true,
        note: 'No sandbox access to the CRM yet: IT ticket open since Nov 2; routing rules cannot be tested.',
        by: lena,
        on: '2026-11-16T10:00:00Z',
      },
      { code: 'APAC-ANZ' },
      // In the roll-out's waves with France & Benelux and Australia & New Zealand (demo-rollout.ts).
      { code: 'EMEA-NORD' },
      { code: 'NA-CA' },
      { code: 'APAC-JP' },
    ],
    members: [
      { email: daniel, role: 'lead' },
      { email: erin, role: 'steering' },
      { email: marco, role: 'contributor' },
    ],
  },
  {
    name: 'Customer Success ops consolidation',
    objective:
      'Bring renewal forecasting, health scoring and CS tooling under RevOps with pods per segment; cut the three CS platforms to one.',
    targetModel: 'hybrid',
    sponsor: 'Sam Ortiz, COO',
    owner: daniel,
    startDate: '2026-09-01',
    targetDate: '2027-06-30',
    status: 'at_risk',
    steps: [
      { to: 'assess', on: '2026-09-01T09:00:00Z', by: daniel },
      { to: 'align', on: '2026-10-05T15:00:00Z', by: daniel },
      { to: 'design', on: '2026-10-19T11:00:00Z', by: daniel },
      {
        to: 'align',
        on: '2026-10-28T16:45:00Z',
        by: daniel,
        reason: 'Finance asked to re-weight cost against local ownership before we commit to pods.',
      },
      { to: 'design', on: '2026-11-09T10:30:00Z', by: daniel },
    ],
    units: [
      { code: 'SEG-ENT' },
      { code: 'SEG-MM' },
    ],
    members: [{ email: erin, role: 'steering' }],
  },
  {
    name: 'LATAM forecasting standard',
    objective: 'One forecast category definition and weekly call cadence across Brazil, Mexico and the Southern Cone.',
    targetModel: 'undecided',
    sponsor: 'Luis Romero, VP Sales LATAM',
    owner: priya,
    startDate: '2026-11-02',
    targetDate: '2027-04-30',
    status: 'on_hold',
    steps: [{ to: 'assess', on: '2026-11-02T13:00:00Z', by: priya }],
    units: [{ code: 'LATAM-BR' }, { code: 'LATAM-MX' }, { code: 'LATAM-SC' }],
  },
  {
    name: '2025 CRM consolidation',
    objective: 'Merge the two CRM instances inherited from the Analytics Cloud acquisition.',
    targetModel: 'centralized',
    sponsor: 'Erin Walsh, CRO',
    owner: daniel,
    startDate: '2025-01-13',
    targetDate: '2025-12-19',
    status: 'completed',
    archived: true,
    steps: [
      { to: 'assess', on: '2025-01-13T09:00:00Z', by: daniel },
      { to: 'align', on: '2025-02-10T09:00:00Z', by: daniel },
      { to: 'design', on: '2025-03-17T09:00:00Z', by: daniel },
      { to: 'pilot', on: '2025-05-05T09:00:00Z', by: daniel },
      { to: 'scale', on: '2025-06-16T09:00:00Z', by: daniel },
      { to: 'govern', on: '2025-11-03T09:00:00Z', by: daniel },
    ],
  },
];
