// Seeded simulation of the gate recommendation: how often it says "scale" with no true effect (false
// scale) and with a real one (power), at the final look and at any weekly look. Prints a Markdown
// table for the README. Usage: npm run simulate -w @rollout/domain [-- --pilots 2000 --seed 14]
import { REFERENCE_SCENARIO, scenarioGrid, simulateScenario } from '../dist/pilots/simulation/gate-simulation.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const pilots = option('pilots', 2000);
const seed = option('seed', 14);
const only = args.includes('--reference');

const percent = (share) => `${(share * 100).toFixed(1)} %`;
// Monte Carlo standard error of a share, so a reader can tell a real excess from simulation noise.
const error = (share) => `± ${(Math.sqrt((share * (1 - share)) / pilots) * 100).toFixed(1)}`;

const scenarios = only ? [REFERENCE_SCENARIO, { ...REFERENCE_SCENARIO, name: 'Effect −4 h, company-wide trend (10 vs 5 units)', effect: -4 }] : scenarioGrid();
console.log(`${pilots} simulated pilots per scenario, seed ${seed}; 4 baseline weeks, 4 pilot weeks, unit levels 18 ± 2 h, target 8 h.\n`);
console.log('| scenario | "scale" at the final look | "scale" at any weekly look | effect called better at any look | power |');
console.log('|---|---|---|---|---|');
const started = Date.now();
scenarios.forEach((scenario, i) => {
  const outcome = simulateScenario(scenario, pilots, seed + i);
  const power = scenario.effect !== 0 ? percent(outcome.scaleAtFinal) : '—';
  const cells = [outcome.scaleAtFinal, outcome.scaleAtAnyLook, outcome.betterAtAnyLook].map((share) => `${percent(share)} ${error(share)}`);
  console.log(`| ${scenario.name} | ${cells.join(' | ')} | ${power} |`);
});
console.error(`\n${scenarios.length} scenarios in ${((Date.now() - started) / 1000).toFixed(0)} s`);
