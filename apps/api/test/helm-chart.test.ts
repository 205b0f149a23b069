import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { helm } from './support/helm.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CHART = path.join(REPO, 'infra/helm/rollout');
const EXAMPLES = path.join(CHART, 'examples');
// The oldest Kubernetes the chart supports (Chart.yaml kubeVersion) is older; validate against a current one.
const KUBE_VERSION = '1.30.0';
const SECRET = 'f3a9c1d27b845e60a1c9d3e7f2b4a8c6d0e1f2a3b4c5d6e7';

const VALUE_SETS: Record<string, string[]> = {
  'default values': [],
  'CloudNativePG example': ['-f', path.join(EXAMPLES, 'values-cloudnativepg.yaml')],
  'managed PostgreSQL production example': ['-f', path.join(EXAMPLES, 'values-managed-postgres.yaml')],
  'secrets as values, fixed replicas': [
    '--set', 'database.url=postgres://rollout:pw@db.internal:5432/rollout?sslmode=require',
    '--set', `session.secret=${SECRET}`,
    '--set', 'autoscaling.enabled=false',
    '--set', 'replicaCount=3',
  ],
};

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
}

interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: { name: string; value?: string }[];
  securityContext?: Record<string, unknown>;
  startupProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
  readinessProbe?: { httpGet?: { path: string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

interface PodSpec {
  securityContext?: Record<string, unknown>;
  containers: Container[];
  automountServiceAccountToken?: boolean;
}

/** kubernetes-models module for an apiVersion: core "v1" or "<group>/<version>". */
const modelModule = (apiVersion: string) => `kubernetes-models/${apiVersion}`;

const home = mkdtempSync(path.join(tmpdir(), 'rollout-helm-'));
const rendered = new Map<string, Manifest[]>();

async function render(args: string[]): Promise<{ code: number | null; manifests: Manifest[]; stderr: string }> {
  const result = await helm(['template', 'rollout', CHART, '--namespace', 'rollout', '--kube-version', KUBE_VERSION, ...args], home);
  const manifests = parseAllDocuments(result.stdout)
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);
  return { code: result.code, manifests, stderr: result.stderr };
}

function only(manifests: Manifest[], kind: string): Manifest {
  const found = manifests.filter((manifest) => manifest.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as Manifest;
}

function podSpec(manifest: Manifest): PodSpec {
  return (manifest.spec as { template: { spec: PodSpec } }).template.spec;
}

function podLabels(manifest: Manifest): Record<string, string> {
  return (manifest.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
}

/** The labels a Service, PodDisruptionBudget or NetworkPolicy selects pods by. */
function selectorOf(manifest: Manifest): Record<string, string> {
  const spec = manifest.spec as { selector?: Record<string, string> & { matchLabels?: Record<string, string> }; podSelector?: { matchLabels: Record<string, string> } };
  if (manifest.kind === 'NetworkPolicy') return spec.podSelector?.matchLabels ?? {};
  if (manifest.kind === 'Service') return spec.selector ?? {};
  return spec.selector?.matchLabels ?? {};
}

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/**
 * The Helm chart, rendered by the real helm binary with each value set, validated against the
 * Kubernetes API schemas (kubernetes-models: types, required fields, formats) and, for unknown or
 * misplaced fields, by TypeScript's excess-property check against the same models' types; then
 * the production invariants: ≥ 2 replicas, three probes, non-root and read-only, pinned images,
 * the migration Job as a hook with MIGRATE_ON_BOOT=false in the pods.
 */
describe('Helm chart infra/helm/rollout', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    for (const [name, args] of Object.entries(VALUE_SETS)) {
      const { code, manifests, stderr } = await render(args);
      if (code !== 0) throw new Error(`helm template with ${name} failed:\n${stderr}`);
      rendered.set(name, manifests);
    }
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it.each(Object.entries(VALUE_SETS))('%s: passes helm lint --strict and validates against the Kubernetes schemas', async (name, args) => {
    const lint = await helm(['lint', '--strict', CHART, ...args], home);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    const manifests = rendered.get(name) ?? [];
    expect(manifests.map((manifest) => manifest.kind).sort()).toEqual(
      expect.arrayContaining(['Deployment', 'Job', 'NetworkPolicy', 'PodDisruptionBudget', 'Service', 'ServiceAccount']),
    );
    for (const manifest of manifests) {
      const models = (await import(modelModule(manifest.apiVersion))) as Record<string, new (data: unknown) => { validate(): void }>;
      const Model = models[manifest.kind];
      if (!Model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
      expect(() => new Model(manifest).validate(), `${manifest.kind} ${manifest.metadata.name}`).not.toThrow();
    }
  });

  it('has no unknown or misplaced fields in any manifest (TypeScript excess-property check against the Kubernetes types)', () => {
    const lines: string[] = [];
    let index = 0;
    for (const manifests of rendered.values()) {
      for (const manifest of manifests) {
        lines.push(`export const m${index}: import('${modelModule(manifest.apiVersion)}').I${manifest.kind} = ${JSON.stringify(manifest)};`);
        index += 1;
      }
    }
    // A virtual file beside the tests, so `kubernetes-models` resolves from this workspace.
    const fileName = path.join(REPO, 'apps/api/test/rendered-manifests.generated.ts');
    const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2023, types: [] };
    const host = ts.createCompilerHost(options);
    const source = ts.createSourceFile(fileName, lines.join('\n'), ts.ScriptTarget.ES2023);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, ...rest) => (name === fileName ? source : getSourceFile(name, ...rest));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === fileName || fileExists(name);
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([fileName], options, host));
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
    expect(index).toBeGreaterThanOrEqual(Object.keys(VALUE_SETS).length * 7);
  });

  it.each(Object.keys(VALUE_SETS))('%s: keeps the production invariants', (name) => {
    const manifests = rendered.get(name) ?? [];
    const deployment = only(manifests, 'Deployment');
    const spec = deployment.spec as { replicas?: number; strategy: { rollingUpdate: { maxUnavailable: number } } };
    expect(spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    // With an HPA it alone sets the count (a count in the Deployment would be reset by every upgrade); without, the Deployment does.
    const hpa = manifests.find((manifest) => manifest.kind === 'HorizontalPodAutoscaler');
    if (hpa) {
      expect((hpa.spec as { minReplicas: number }).minReplicas).toBeGreaterThanOrEqual(2);
      expect(spec.replicas).toBeUndefined();
    } else {
      expect(spec.replicas).toBeGreaterThanOrEqual(2);
    }

    const pod = podSpec(deployment);
    const [api] = pod.containers;
    expect(api?.startupProbe?.httpGet?.path).toBe('/health');
    expect(api?.livenessProbe?.httpGet?.path).toBe('/health');
    expect(api?.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(Object.keys(api?.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(api?.resources?.limits ?? {})).toContain('memory');
    expect(Object.fromEntries((api?.env ?? []).map((variable) => [variable.name, variable.value]))).toMatchObject({ NODE_ENV: 'production', MIGRATE_ON_BOOT: 'false' });

    const job = only(manifests, 'Job');
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(podSpec(job).containers[0]?.args).toEqual(['node', 'apps/api/dist/database/migrate.js']);

    for (const workload of [deployment, job]) {
      const podSpecOf = podSpec(workload);
      expect(podSpecOf.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(podSpecOf.automountServiceAccountToken).toBe(false);
      for (const container of podSpecOf.containers) {
        expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
        // A pinned tag (or digest), never latest.
        expect(container.image).toMatch(/^[^:@]+:(?!latest$)[\w.-]+(@sha256:[a-f0-9]{64})?$/);
      }
    }

    const labels = podLabels(deployment);
    for (const kind of ['Service', 'PodDisruptionBudget', 'NetworkPolicy']) {
      expect(selects(selectorOf(only(manifests, kind)), labels), `${kind} selects the pods`).toBe(true);
    }
  });

  it('serves HTTPS through the Ingress in the production example, and creates its Secret before the migration hook when secrets are values', () => {
    const production = rendered.get('managed PostgreSQL production example') ?? [];
    const ingress = only(production, 'Ingress').spec as { tls: { hosts: string[]; secretName: string }[]; rules: { host: string }[] };
    expect(ingress.tls[0]?.hosts).toEqual([ingress.rules[0]?.host]);
    expect(ingress.tls[0]?.secretName).toBe('rollout-tls');
    expect(rendered.get('default values')?.some((manifest) => manifest.kind === 'Ingress' || manifest.kind === 'Secret')).toBe(false);

    const inline = rendered.get('secrets as values, fixed replicas') ?? [];
    const secret = only(inline, 'Secret');
    const job = only(inline, 'Job');
    expect(secret.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(Number(secret.metadata.annotations?.['helm.sh/hook-weight'])).toBeLessThan(Number(job.metadata.annotations?.['helm.sh/hook-weight']));
    expect((only(inline, 'Deployment').spec as { replicas: number }).replicas).toBe(3);
  });

  it.each([
    ['image.tag=latest', /image\.tag: Must not validate the schema/],
    ['replicaCount=1', /replicaCount: Must be greater than or equal to 2/],
    ['autoscaling.minReplicas=1', /minReplicas: Must be greater than or equal to 2/],
    ['config.trustProxy=false', /trustProxy: Must not validate the schema/],
    ['session.secret=too-short', /session\.secret: Does not match pattern/],
    ['resources.requests.memory=lots', /memory: Does not match pattern/],
  ])('refuses %s through values.schema.json', async (setting, message) => {
    const result = await render([/^(replicaCount|autoscaling)/.test(setting) ? '--set' : '--set-string', setting]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('refuses to render without a database or session secret', async () => {
    const result = await render(['--set', 'database.existingSecret=']);
    expect(result.stderr).toMatch(/Set database\.existingSecret .* or database\.url/);
    expect((await render(['--set', 'session.existingSecret='])).stderr).toMatch(/Set session\.existingSecret or session\.secret/);
  });

  it('documents a CloudNativePG Cluster whose generated app Secret and labels the default values use', () => {
    const documents = parseAllDocuments(readFileSync(path.join(EXAMPLES, 'cloudnativepg-cluster.yaml'), 'utf8')).map((document) => document.toJS() as Manifest & { spec: Record<string, unknown> });
    const cluster = documents.find((document) => document.kind === 'Cluster');
    expect(cluster?.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster?.spec['instances']).toBeGreaterThanOrEqual(2);
    const values = parseAllDocuments(readFileSync(path.join(CHART, 'values.yaml'), 'utf8'))[0]?.toJS() as {
      database: { existingSecret: string; existingSecretKey: string };
      networkPolicy: { databaseTo: { podSelector: { matchLabels: Record<string, string> } }[] };
    };
    // CloudNativePG names the app Secret <cluster>-app (with a "uri" key) and labels pods cnpg.io/cluster=<cluster>.
    expect(values.database).toEqual({ existingSecret: `${cluster?.metadata.name}-app`, existingSecretKey: 'uri', url: '' });
    expect(values.networkPolicy.databaseTo[0]?.podSelector.matchLabels).toEqual({ 'cnpg.io/cluster': cluster?.metadata.name });
    expect(documents.find((document) => document.kind === 'ScheduledBackup')?.spec['cluster']).toEqual({ name: cluster?.metadata.name });
  });
});
