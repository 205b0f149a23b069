#!/usr/bin/env node
// Enforces exact dependency pins (architecture §2):
//   1. every `dependencies` / `devDependencies` / `optionalDependencies` entry in the root and
//      workspace package.json files is an exact version (no ^, ~, *, x-ranges, comparators, tags,
//      URLs or file: paths);
//   2. internal `@rollout/*` packages are pinned to the version of the workspace that provides them
//      (so npm always links the workspace and never asks the registry for the name);
//   3. a package pinned in several manifests has the same version everywhere;
//   4. families released in lock-step share one version (every `@mantine/*`).
// Exempt: root `overrides` (they deliberately use ranges to move transitive packages to Node-20
// releases) and `peerDependencies` (ranges by nature).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
const INTERNAL_SCOPE = '@rollout/';
const FAMILIES = [{ prefix: '@mantine/', why: 'Mantine packages are released together and must match' }];

const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function workspaceDirs(rootPkg) {
  const dirs = [];
  const patterns = Array.isArray(rootPkg.workspaces) ? rootPkg.workspaces : (rootPkg.workspaces?.packages ?? []);
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const base = join(ROOT, pattern.slice(0, -2));
      if (!existsSync(base)) continue;
      for (const entry of readdirSync(base, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isDirectory() && existsSync(join(base, entry.name, 'package.json'))) dirs.push(join(base, entry.name));
      }
    } else if (existsSync(join(ROOT, pattern, 'package.json'))) {
      dirs.push(join(ROOT, pattern));
    } else {
      throw new Error(`unsupported or missing workspace pattern "${pattern}"`);
    }
  }
  return dirs;
}

/** Why a spec is not an exact version, or undefined when it is one. */
function whyNotExact(spec) {
  if (typeof spec !== 'string') return 'is not a string';
  const s = spec.trim();
  if (s.startsWith('npm:')) {
    const at = s.lastIndexOf('@');
    return at > 4 ? whyNotExact(s.slice(at + 1)) : 'is an npm: alias without an exact version';
  }
  if (EXACT.test(s)) return undefined;
  if (s === '' || s === '*' || /^[xX]$/.test(s)) return 'accepts any version';
  if (/^(file|link|portal|workspace):/.test(s)) return 'is a local path/protocol, not a registry version';
  if (/^(git|git\+\w+|github|gitlab|bitbucket|https?):|^[\w.-]+\/[\w.-]+(#.*)?$/.test(s)) return 'is a URL/git spec, not a registry version';
  if (s.startsWith('^')) return 'is a caret range';
  if (s.startsWith('~')) return 'is a tilde range';
  if (/^[<>=]/.test(s) || s.includes('||') || /\s-\s/.test(s)) return 'is a range';
  if (/^v\d/.test(s)) return 'has a "v" prefix (write the bare version)';
  if (/^\d+(\.\d+)?(\.[xX*])?$|^\d+\.[xX*]/.test(s) || /\.[xX*]/.test(s)) return 'is a partial/x-range version';
  if (/^[A-Za-z][\w.-]*$/.test(s)) return 'is a dist-tag';
  return 'is not an exact version';
}

function main() {
  const rootPkg = readJson(join(ROOT, 'package.json'));
  const manifests = [
    { label: 'package.json', pkg: rootPkg },
    ...workspaceDirs(rootPkg).map((dir) => ({
      label: relative(ROOT, join(dir, 'package.json')),
      pkg: readJson(join(dir, 'package.json')),
    })),
  ];

  const workspaceVersions = new Map(
    manifests.slice(1).filter((m) => typeof m.pkg.name === 'string').map((m) => [m.pkg.name, m.pkg.version]),
  );

  const problems = [];
  /** name → version → locations */
  const pins = new Map();
  let count = 0;

  for (const { label, pkg } of manifests) {
    for (const field of FIELDS) {
      const deps = pkg[field];
      if (deps === undefined) continue;
      if (typeof deps !== 'object' || deps === null || Array.isArray(deps)) {
        problems.push(`${label} ${field}: must be an object`);
        continue;
      }
      for (const [name, spec] of Object.entries(deps)) {
        count++;
        const where = `${label} ${field}`;
        if (name.startsWith(INTERNAL_SCOPE)) {
          if (!workspaceVersions.has(name)) {
            problems.push(`${where}: ${name} is not a workspace of this repo (npm would fetch it from the registry)`);
          } else if (spec !== workspaceVersions.get(name)) {
            problems.push(`${where}: ${name} "${spec}" must be the workspace version "${workspaceVersions.get(name)}"`);
          }
          continue;
        }
        const why = whyNotExact(spec);
        if (why) {
          problems.push(`${where}: ${name} "${spec}" ${why}`);
          continue;
        }
        const version = spec.startsWith('npm:') ? spec : spec.trim();
        if (!pins.has(name)) pins.set(name, new Map());
        const byVersion = pins.get(name);
        if (!byVersion.has(version)) byVersion.set(version, []);
        byVersion.get(version).push(where);
      }
    }
  }

  for (const [name, byVersion] of [...pins].sort(([a], [b]) => a.localeCompare(b))) {
    if (byVersion.size > 1) {
      const detail = [...byVersion].map(([version, where]) => `"${version}" in ${where.join(', ')}`).join('; ');
      problems.push(`${name} is pinned to different versions: ${detail}`);
    }
  }

  for (const { prefix, why } of FAMILIES) {
    const versions = new Map();
    for (const [name, byVersion] of pins) {
      if (!name.startsWith(prefix)) continue;
      for (const version of byVersion.keys()) {
        if (!versions.has(version)) versions.set(version, []);
        versions.get(version).push(name);
      }
    }
    if (versions.size > 1) {
      const detail = [...versions].map(([version, names]) => `${version}: ${names.join(', ')}`).join('; ');
      problems.push(`${prefix}* must share one version (${why}): ${detail}`);
    }
  }

  if (typeof rootPkg.packageManager !== 'string' || !/^npm@\d+\.\d+\.\d+(\+.+)?$/.test(rootPkg.packageManager)) {
    problems.push(`package.json packageManager "${rootPkg.packageManager}" must be an exact "npm@x.y.z" (turbo needs it)`);
  }

  if (problems.length > 0) {
    console.error(`check-versions: ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('Pin exact versions (npm install --save-exact, or save-exact=true) and use one version per package.');
    process.exit(1);
  }

  console.log(
    `check-versions: OK, ${count} dependency pins exact and consistent across ${manifests.length} manifests ` +
      `(${pins.size} external packages; root overrides exempt)`,
  );
}

main();
