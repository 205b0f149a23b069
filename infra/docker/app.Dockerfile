# syntax=docker/dockerfile:1
# Rollout application image: the NestJS API serving the GraphQL endpoint, health checks and the
# built React SPA from one origin, on port 3000, as an unprivileged user. Build from the repository root:
#   docker build -f infra/docker/app.Dockerfile -t rollout:0.1.0 .
# No Docker daemon on the dev machines: `apps/api/test/image.test.ts` replays these steps in `npm test`
# (the prunes, `npm ci --omit=dev`, the copied build outputs) and boots the result on PostgreSQL as a
# non-root user that cannot write to the tree. Keep the two in step: that test reads this file.

# Node 20 is the verified runtime; bookworm is the Debian the tests run on. Pin a digest when releasing.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- base: Node + the npm the repo pins (the image's npm 10 ignores `allowScripts`)
FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    TURBO_NO_UPDATE_NOTIFIER=1 \
    DO_NOT_TRACK=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app

# ---- prune: two workspace subsets with their own lockfiles. out/build: what building the API and
# the SPA needs (api, web, domain). out/runtime: what running the API needs (api, domain): the
# SPA is static files, so React and its friends never reach the runtime image.
FROM base AS pruner
RUN npm install -g turbo@2.11.9 && npm cache clean --force
COPY . .
RUN turbo prune @rollout/api @rollout/web --docker --out-dir out/build \
 && turbo prune @rollout/api --docker --out-dir out/runtime

# ---- build: full install (dev tools included) from the pruned manifests + lockfile, then build
FROM base AS builder
# out/build/json holds package.json files and the pruned lockfile: this layer is reused until a
# manifest or the lockfile changes. `allowScripts` in the root package.json decides which install
# scripts run (never --ignore-scripts).
COPY --from=pruner /app/out/build/json/ .
RUN npm ci --no-audit --no-fund
COPY --from=pruner /app/out/build/full/ .
# turbo prune does not carry root files other than package.json/turbo.json; every tsconfig extends this.
COPY tsconfig.base.json ./
# build = domain tsc → api tsc, web codegen (from apps/api/schema.graphql) → vite build
RUN npx turbo run build --filter=@rollout/api --filter=@rollout/web

# ---- prod-deps: the API's production dependencies only (embedded-postgres is a devDependency:
# production needs DATABASE_URL)
FROM base AS prod-deps
ENV NODE_ENV=production
COPY --from=pruner /app/out/runtime/json/ .
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to Node (which drains and exits 0) and reaps zombies, also
# where the platform offers no `--init` (Kubernetes).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
WORKDIR /app
# Manifests + node_modules (workspace links under node_modules/@rollout/*), then the build outputs.
# Files stay root-owned and the app only reads them: it runs with a read-only root filesystem.
COPY --from=prod-deps /app/ ./
COPY --from=builder /app/packages/domain/dist ./packages/domain/dist
COPY --from=builder /app/apps/api/dist ./apps/api/dist
COPY --from=builder /app/apps/web/dist ./apps/web/dist
# Numeric (the image's `node` user): Kubernetes can verify runAsNonRoot only for a numeric USER.
USER 1000:1000
EXPOSE 3000
# /health/ready = database reachable, migrations current, not draining. slim has no curl: Node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# The server; the Helm migration Job runs `node apps/api/dist/database/migrate.js` in the same image.
# A 64 MB young generation: a large page's objects live for its whole computation, and with V8's
# 16 MB default most of them were copied by scavenges and promoted (half the units page's time was GC).
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
