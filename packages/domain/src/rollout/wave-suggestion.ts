// The order in which the remaining units could join the roll-out: most ready first, risk spread
// across regions, units whose lessons flag a risk kept for later. A suggestion with its reasons;
// the program manager accepts or changes it.

export interface WaveCandidate {
  id: string;
  name: string;
  region: string;
  readiness: number;
  /** A lesson learned flags a risk for this unit: it waits for a later wave. */
  riskFlag: string | null;
}

export interface WaveSuggestionOptions {
  waveSize: number;
  /** The largest share of one wave a single region may take, 0–1 (one unit at least). */
  maxRegionShare: number;
}

export interface SuggestedWave {
  number: number;
  units: { id: string; name: string; reason: string }[];
}

/**
 * Fills waves in turn: risk-flagged units last, the rest by readiness (then name); a unit goes into
 * the current wave unless the wave is full or its region already has its share there, in which case
 * it waits for the next.
 */
export function suggestWaves(candidates: readonly WaveCandidate[], { waveSize, maxRegionShare }: WaveSuggestionOptions): SuggestedWave[] {
  const size = Math.max(1, Math.floor(waveSize));
  const perRegion = Math.max(1, Math.floor(size * maxRegionShare));
  let queue = [...candidates].sort((a, b) => Number(a.riskFlag !== null) - Number(b.riskFlag !== null) || b.readiness - a.readiness || a.name.localeCompare(b.name));
  // Units that waited because their region had its share of an earlier wave.
  const heldForSpread = new Set<string>();
  const waves: SuggestedWave[] = [];
  while (queue.length > 0) {
    const wave: SuggestedWave = { number: waves.length + 1, units: [] };
    const regions = new Map<string, number>();
    const waiting: WaveCandidate[] = [];
    for (const unit of queue) {
      const taken = regions.get(unit.region) ?? 0;
      if (wave.units.length < size && taken < perRegion) {
        regions.set(unit.region, taken + 1);
        wave.units.push({ id: unit.id, name: unit.name, reason: reasonFor(unit) });
      } else {
        if (wave.units.length < size) heldForSpread.add(unit.id);
        waiting.push(unit);
      }
    }
    waves.push(wave);
    queue = waiting;
  }
  return waves;

  function reasonFor(unit: WaveCandidate): string {
    if (unit.riskFlag) return `Readiness ${unit.readiness}; kept for a later wave: ${unit.riskFlag}`;
    if (heldForSpread.has(unit.id)) return `Readiness ${unit.readiness}; waits a wave so that no wave takes more than ${perRegion} of ${unit.region}’s units.`;
    return `Readiness ${unit.readiness}, among the most ready.`;
  }
}
