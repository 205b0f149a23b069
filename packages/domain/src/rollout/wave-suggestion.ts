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
 * Fills waves in turn, by readiness (then name): a unit goes into the current wave unless the wave is
 * full or its region already has its share there, in which case it waits for the next. Units whose
 * lessons flag a risk come after all the others, in waves of their own.
 */
export function suggestWaves(candidates: readonly WaveCandidate[], options: WaveSuggestionOptions): SuggestedWave[] {
  const flagged = candidates.filter((unit) => unit.riskFlag !== null);
  const first = fillWaves(candidates.filter((unit) => unit.riskFlag === null), options, 1);
  return [...first, ...fillWaves(flagged, options, first.length + 1)];
}

function fillWaves(candidates: readonly WaveCandidate[], { waveSize, maxRegionShare }: WaveSuggestionOptions, firstNumber: number): SuggestedWave[] {
  const size = Math.max(1, Math.floor(waveSize));
  const perRegion = Math.max(1, Math.floor(size * maxRegionShare));
  let queue = [...candidates].sort((a, b) => b.readiness - a.readiness || a.name.localeCompare(b.name));
  // Units that waited because their region had its share of an earlier wave.
  const heldForSpread = new Set<string>();
  const waves: SuggestedWave[] = [];
  while (queue.length > 0) {
    const wave: SuggestedWave = { number: firstNumber + waves.length, units: [] };
    const regions = new Map<string, number>();
    const waiting: WaveCandidate[] = [];
    for (const unit of queue) {
      const taken = regions.get(unit.region) ?? 0;
      if (wave.units.length < size && taken < perRegion) {
        regions.set(unit.region, taken + 1);
        wave.units.push({ id: unit.id, name: unit.name, reason: reasonFor(unit, wave.number) });
      } else {
        if (wave.units.length < size) heldForSpread.add(unit.id);
        waiting.push(unit);
      }
    }
    waves.push(wave);
    queue = waiting;
  }
  return waves;

  function reasonFor(unit: WaveCandidate, number: number): string {
    if (unit.riskFlag) return `Readiness ${unit.readiness}; kept for a later wave: ${unit.riskFlag}`;
    if (heldForSpread.has(unit.id)) return `Readiness ${unit.readiness}; in wave ${number} so that no wave takes more than ${perRegion} of ${unit.region}’s units.`;
    return `Readiness ${unit.readiness}, among the most ready.`;
  }
}
