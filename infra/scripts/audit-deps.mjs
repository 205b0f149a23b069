#!/usr/bin/env node
// Checks every package in package-lock.json against the registry's security advisories, through the
// bulk advisory endpoint that `npm audit` uses (POST <registry>/-/npm/v1/security/advisories/bulk).
// Not part of `npm test`: it needs the registry. Some registries and mirrors refuse that endpoint;
// then this says so and exits 3, so CI can tell "could not check" from "vulnerable" (1) and "clean" (0).
//
//   npm run audit:deps                    # production dependencies, fail on moderate or worse
//   npm run audit:deps -- --dev           # dev dependencies too
//   npm run audit:deps -- --level=high    # fail on high or critical only
//
// The registry is npm's configured one (npm_config_registry, set by `npm run`), else registry.npmjs.org.
// Dependency-free on purpose, like the other scripts here.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXIT_CLEAN = 0;
export const EXIT_VULNERABLE = 1;
export const EXIT_USAGE = 2;
export const EXIT_REFUSED = 3;

const LEVELS = ['info', 'low', 'moderate', 'high', 'critical'];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function options(argv) {
  const level = argv.find((arg) => arg.startsWith('--level='))?.slice('--level='.length) ?? 'moderate';
  if (!LEVELS.includes(level)) {
    console.error(`audit:deps: --level must be one of ${LEVELS.join(', ')}.`);
    process.exit(EXIT_USAGE);
  }
  return { level, dev: argv.includes('--dev') };
}

/** name → versions installed, from the lockfile (v2/v3 `packages`), leaving out workspaces and links. */
function installedPackages(lockfile, dev) {
  const byName = {};
  for (const [path, entry] of Object.entries(lockfile.packages ?? {})) {
    if (!path.includes('node_modules/') || entry.link || !entry.version || (entry.dev && !dev)) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    (byName[name] ??= new Set()).add(entry.version);
  }
  return Object.fromEntries(Object.entries(byName).map(([name, versions]) => [name, [...versions]]));
}

async function main() {
  const { level, dev } = options(process.argv.slice(2));
  const lockfile = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8'));
  const packages = installedPackages(lockfile, dev);
  const registry = (process.env.npm_config_registry || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
  const endpoint = new URL('-/npm/v1/security/advisories/bulk', registry);
  const count = Object.keys(packages).length;
  console.log(`audit:deps: ${count} ${dev ? '' : 'production '}packages from package-lock.json → ${endpoint.origin}`);

  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(packages),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    return refused(`the request failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) return refused(`the registry answered HTTP ${response.status} ${response.statusText}`.trim());

  let advisories;
  try {
    advisories = await response.json();
  } catch {
    return refused('the registry answered something that is not JSON');
  }
  const threshold = LEVELS.indexOf(level);
  const findings = Object.entries(advisories).flatMap(([name, list]) =>
    (Array.isArray(list) ? list : []).map((advisory) => ({ name, ...advisory })),
  );
  for (const finding of findings) {
    console.log(`  ${finding.severity ?? 'unknown'}: ${finding.name} ${finding.vulnerable_versions ?? ''} — ${finding.title ?? ''} ${finding.url ?? ''}`.trimEnd());
  }
  const failing = findings.filter((finding) => LEVELS.indexOf(finding.severity) >= threshold);
  if (failing.length > 0) {
    console.error(`audit:deps: ${failing.length} ${failing.length === 1 ? 'advisory' : 'advisories'} at ${level} or worse. Upgrade or override the packages above.`);
    return EXIT_VULNERABLE;
  }
  console.log(`audit:deps: no advisories at ${level} or worse (${findings.length} below it).`);
  return EXIT_CLEAN;
}

function refused(why) {
  console.error(
    [
      `audit:deps: could not check the dependencies: ${why}.`,
      'This registry or network does not serve the bulk advisory endpoint (npm audit fails the same way).',
      'Nothing was checked: run `npm run audit:deps` where registry.npmjs.org is reachable (CI does, see README "Dependency audit").',
    ].join('\n'),
  );
  return EXIT_REFUSED;
}

process.exitCode = await main();
