import { quarterOf } from './months.js';

// The roadmap: committed and in-progress requests by team and quarter, as the executive reads what
// the RevOps function is delivering.

export interface RoadmapItem {
  requestId: string;
  number: number;
  problem: string;
  typeName: string;
  unitName: string;
  teamKey: string;
  teamName: string;
  plannedMonth: string;
  status: 'committed' | 'in_progress' | 'delivered';
  effortDays: number | null;
  requesterCount: number;
}

export interface RoadmapLane {
  teamKey: string;
  teamName: string;
  quarters: { quarter: string; items: RoadmapItem[] }[];
}

/** Lanes per team (the hub first, then by name), quarters in order, items by month then number. */
export function roadmapLanes(items: readonly RoadmapItem[]): RoadmapLane[] {
  const quarters = [...new Set(items.map((item) => quarterOf(item.plannedMonth)))].sort();
  const teams = [...new Map(items.map((item) => [item.teamKey, item.teamName])).entries()].sort(([keyA, nameA], [keyB, nameB]) => Number(keyB === 'hub') - Number(keyA === 'hub') || nameA.localeCompare(nameB));
  return teams.map(([teamKey, teamName]) => ({
    teamKey,
    teamName,
    quarters: quarters.map((quarter) => ({
      quarter,
      items: items.filter((item) => item.teamKey === teamKey && quarterOf(item.plannedMonth) === quarter).sort((a, b) => a.plannedMonth.localeCompare(b.plannedMonth) || a.number - b.number),
    })),
  }));
}

/** The first day of the quarter holding `day` (`YYYY-MM-DD`). */
export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}
