#!/usr/bin/env node
// Fails when an installed package declares an `engines.node` range that excludes the running Node.
// npm only warns about engine mismatches (EBADENGINE); this turns them into a failing check, so a
// Node-22-only transitive dependency is caught at install time instead of crashing at run time.
//
// Walks <root>/node_modules and every workspace's node_modules, including nested node_modules,
// without following symlinks (workspace links point back into the repo, which is walked anyway).
// Dependency-free on purpose: it runs before anything else in `npm test`.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Packages allowed to declare an engines.node range the running Node does not satisfy.
 * Every entry needs a reason why the package is never executed on our runtime paths.
 */
const ALLOW = new Map([
  [
    'file-type',
    "ESM-only, engines >=22; required lazily by @nestjs/common's FileTypeValidator, which Rollout does not use (no file uploads).",
  ],
  [
    'listr2',
    'engines >=22.13; used by @graphql-codegen/cli only to render progress output; generation itself works on Node 20 (verified).',
  ],
]);

// ---------------------------------------------------------------------------------------------
// A small subset of node-semver's range grammar, enough for engines fields:
// `||` unions, space-separated comparator sets, `<`, `<=`, `>`, `>=`, `=`, `^`, `~`, `~>`,
// hyphen ranges (`1.2 - 3`), x-ranges (`*`, `x`, `1.x`, `1.2.*`, partial versions), optional `v`.

const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function isWild(part) {
  return part === undefined || part === 'x' || part === 'X' || part === '*';
}

/** @returns {{ major?: number, minor?: number, patch?: number, pre: string[] }} undefined parts = wildcard */
function parsePartial(text) {
  const m = PARTIAL.exec(text);
  if (!m) throw new Error(`cannot parse version "${text}"`);
  const [, a, b, c, pre] = m;
  const major = isWild(a) ? undefined : Number(a);
  const minor = major === undefined || isWild(b) ? undefined : Number(b);
  const patch = minor === undefined || isWild(c) ? undefined : Number(c);
  return { major, minor, patch, pre: pre && patch !== undefined ? pre.split('.') : [] };
}

function parseVersion(text) {
  const p = parsePartial(text);
  if (p.patch === undefined) throw new Error(`"${text}" is not a full version`);
  return p;
}

function comparePre(a, b) {
  if (a.length === 0 || b.length === 0) return b.length - a.length; // release > prerelease
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    const na = /^\d+$/.test(a[i]);
    const nb = /^\d+$/.test(b[i]);
    if (na && nb) {
      const d = Number(a[i]) - Number(b[i]);
      if (d !== 0) return Math.sign(d);
    } else if (na !== nb) {
      return na ? -1 : 1;
    } else if (a[i] !== b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return 0;
}

function compare(a, b) {
  return (
    Math.sign(a.major - b.major) ||
    Math.sign(a.minor - b.minor) ||
    Math.sign(a.patch - b.patch) ||
    comparePre(a.pre, b.pre)
  );
}

const v = (major, minor, patch, pre = []) => ({ major, minor, patch, pre });
const lowest = (p) => v(p.major ?? 0, p.minor ?? 0, p.patch ?? 0, p.pre);
// Upper bound (exclusive) of a partial version: 1 → 2.0.0-0 semantics, simplified to <2.0.0.
function nextAfter(p) {
  if (p.major === undefined) return undefined;
  if (p.minor === undefined) return v(p.major + 1, 0, 0);
  if (p.patch === undefined) return v(p.major, p.minor + 1, 0);
  return undefined;
}

/** Turns one comparator token into a list of primitive [op, version] tests (all must hold). */
function desugar(op, text) {
  const p = parsePartial(text);
  const full = p.patch !== undefined;
  switch (op) {
    case '':
    case '=': {
      if (p.major === undefined) return [];
      if (full) return [['=', p]];
      return [['>=', lowest(p)], ['<', nextAfter(p)]];
    }
    case '>=':
      return p.major === undefined ? [] : [['>=', lowest(p)]];
    case '>':
      if (p.major === undefined) return [['never']];
      return full ? [['>', p]] : [['>=', nextAfter(p)]];
    case '<':
      if (p.major === undefined) return [['never']];
      return [['<', lowest(p)]];
    case '<=':
      if (p.major === undefined) return [];
      return full ? [['<=', p]] : [['<', nextAfter(p)]];
    case '~':
    case '~>': {
      if (p.major === undefined) return [];
      const upper = p.minor === undefined ? v(p.major + 1, 0, 0) : v(p.major, p.minor + 1, 0);
      return [['>=', lowest(p)], ['<', upper]];
    }
    case '^': {
      if (p.major === undefined) return [];
      let upper;
      if (p.major > 0 || p.minor === undefined) upper = v(p.major + 1, 0, 0);
      else if (p.minor > 0 || p.patch === undefined) upper = v(0, p.minor + 1, 0);
      else upper = v(0, 0, p.patch + 1);
      return [['>=', lowest(p)], ['<', upper]];
    }
    default:
      throw new Error(`unknown operator "${op}"`);
  }
}

function test([op, bound], version) {
  if (op === 'never') return false;
  const c = compare(version, bound);
  switch (op) {
    case '=':
      return c === 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    default:
      throw new Error(`unknown operator "${op}"`);
  }
}

function parseComparatorSet(text) {
  const set = text.trim();
  if (set === '') return [];
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(set);
  if (hyphen) {
    const [, from, to] = hyphen;
    const hi = parsePartial(to);
    const upper = hi.major === undefined ? [] : hi.patch !== undefined ? [['<=', hi]] : [['<', nextAfter(hi)]];
    return [...desugar('>=', from), ...upper];
  }
  // Allow "> = 1" style spacing: glue operators to their versions.
  const tokens = set.replace(/(~>|>=|<=|[<>=^~])\s+/g, '$1').split(/\s+/);
  return tokens.flatMap((token) => {
    const m = /^(~>|>=|<=|[<>=^~]?)(.*)$/.exec(token);
    return desugar(m[1], m[2]);
  });
}

/** Does `version` (a full x.y.z string) satisfy the npm range `range`? Throws on unparseable input. */
export function satisfies(version, range) {
  const parsed = parseVersion(version);
  return range.split('||').some((set) => parseComparatorSet(set).every((t) => test(t, parsed)));
}

// ---------------------------------------------------------------------------------------------

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
      for (const entry of readdirSync(base, { withFileTypes: true })) {
        if (entry.isDirectory() && existsSync(join(base, entry.name, 'package.json'))) dirs.push(join(base, entry.name));
      }
    } else if (existsSync(join(ROOT, pattern, 'package.json'))) {
      dirs.push(join(ROOT, pattern));
    }
  }
  return dirs;
}

/** Yields every package directory below a node_modules folder, recursing into nested node_modules. */
function* packagesIn(nodeModules) {
  let entries;
  try {
    entries = readdirSync(nodeModules, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || !entry.isDirectory()) continue; // .bin, .package-lock.json; skips symlinks
    const dir = join(nodeModules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(dir, { withFileTypes: true })) {
        if (!scoped.isDirectory()) continue;
        yield* packageAndNested(join(dir, scoped.name));
      }
    } else {
      yield* packageAndNested(dir);
    }
  }
}

function* packageAndNested(dir) {
  if (existsSync(join(dir, 'package.json'))) yield dir;
  yield* packagesIn(join(dir, 'node_modules'));
}

function main() {
  const running = process.versions.node;
  const rootPkg = readJson(join(ROOT, 'package.json'));
  const nodeModulesDirs = [join(ROOT, 'node_modules'), ...workspaceDirs(rootPkg).map((d) => join(d, 'node_modules'))];
  if (!existsSync(nodeModulesDirs[0])) {
    console.error(`check-engines: ${relative(process.cwd(), nodeModulesDirs[0]) || 'node_modules'} not found; run npm ci first.`);
    process.exit(1);
  }

  const seen = new Set();
  const failures = [];
  const allowed = [];
  const unparseable = [];
  let checked = 0;

  // The project's own range must hold too (root package.json `engines.node`).
  const own = [{ dir: ROOT, pkg: rootPkg }];
  const installed = nodeModulesDirs.flatMap((nm) => [...packagesIn(nm)]).map((dir) => ({ dir }));

  for (const item of [...own, ...installed]) {
    const real = realpathSync(item.dir);
    if (seen.has(real)) continue;
    seen.add(real);
    let pkg = item.pkg;
    try {
      pkg ??= readJson(join(item.dir, 'package.json'));
    } catch {
      continue; // not a package manifest we can read (e.g. a fixture directory)
    }
    if (typeof pkg.name !== 'string') continue; // nested non-package folders (dist/esm/package.json etc.)
    checked++;
    const range = pkg.engines && !Array.isArray(pkg.engines) ? pkg.engines.node : undefined;
    if (typeof range !== 'string' || range.trim() === '') continue;
    const where = relative(ROOT, item.dir) || '.';
    const id = pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
    let ok;
    try {
      ok = satisfies(running, range);
    } catch (error) {
      unparseable.push(`  ${id} (${where}): engines.node "${range}": ${error.message}`);
      continue;
    }
    if (ok) continue;
    const line = `  ${id} (${where}) requires node "${range}"`;
    if (ALLOW.has(pkg.name)) allowed.push(id);
    else failures.push(line);
  }

  if (failures.length > 0 || unparseable.length > 0) {
    if (failures.length > 0) {
      console.error(`check-engines: ${failures.length} installed package(s) exclude Node ${running}:`);
      console.error(failures.join('\n'));
      console.error(
        'Pin a release whose engines include Node 20 (root "overrides" for transitive packages), or, if the\n' +
          'package is never executed, add it to ALLOW in infra/scripts/check-engines.mjs with the reason.',
      );
    }
    if (unparseable.length > 0) {
      console.error(`check-engines: ${unparseable.length} engines.node range(s) could not be parsed:`);
      console.error(unparseable.join('\n'));
    }
    process.exit(1);
  }

  const stale = [...ALLOW.keys()].filter((name) => !allowed.some((a) => a.startsWith(`${name}@`)));
  const allowNote = allowed.length > 0 ? `; allowed by list: ${allowed.join(', ')}` : '';
  const staleNote = stale.length > 0 ? `; allow-list entries no longer needed: ${stale.join(', ')}` : '';
  console.log(`check-engines: OK, ${checked} packages fit Node ${running}${allowNote}${staleNote}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
