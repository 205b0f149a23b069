import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { RolesGuard } from './common/auth/roles.guard.js';
import { SessionGuard } from './common/auth/session.guard.js';
import { formatError } from './common/errors/format-error.js';
import { GraphQLPassThroughFilter } from './common/errors/graphql-exception.filter.js';
import { serviceUnavailablePlugin } from './common/errors/service-unavailable.js';
import { ResponseCache } from './common/graphql/response-cache.js';
import { CanonicalIdsInterceptor } from './common/graphql/canonical-ids.interceptor.js';
import type { GraphQLContext } from './common/graphql/context.js';
import { KnownOperationTypesRule } from './common/graphql/known-operation-types.rule.js';
import { queryCostPlugin } from './common/graphql/query-cost.js';
import { statementCountPlugin } from './common/graphql/statement-count.plugin.js';
import { LoaderRegistry, LoaderRegistryModule } from './common/graphql/loaders.js';
import { entitiesOf, type FeatureModule } from './common/feature-module.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { JobQueueModule } from './common/jobs/job-queue.js';
import { LiveConnections } from './common/live/live-connections.js';
import { LiveEvents, LiveEventsModule } from './common/live/live-events.js';
import { wsGraphQLContext, type WsContext } from './common/live/ws-context.js';
import { ACTOR_SOURCE, type ActorSource } from './common/auth/actor-source.js';
import { sessionCookieName } from './common/http/configure-http.js';
import { DataSource } from 'typeorm';
import { specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { dataSourceOptions } from './database/data-source.js';
import { HealthModule } from './health/health.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { AssessmentInventoryModule } from './modules/assessment-inventory/assessment-inventory.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CheckInsModule } from './modules/check-ins/check-ins.module.js';
import { AlignmentModule } from './modules/alignment/alignment.module.js';
import { DecisionsModule } from './modules/decisions/decisions.module.js';
import { DesignModule } from './modules/design/design.module.js';
import { DesignVersionsModule } from './modules/design-versions/design-versions.module.js';
import { HeadcountModule } from './modules/headcount/headcount.module.js';
import { HistoryModule } from './modules/history/history.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { MeasurementsModule } from './modules/measurements/measurements.module.js';
import { PilotsModule } from './modules/pilots/pilots.module.js';
import { ProgramsModule } from './modules/programs/programs.module.js';
import { RaciModule } from './modules/raci/raci.module.js';
import { GovernanceModule } from './modules/governance/governance.module.js';
import { BacklogModule } from './modules/backlog/backlog.module.js';
import { PortfolioModule } from './modules/portfolio/portfolio.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { WavesModule } from './modules/waves/waves.module.js';
import { TargetModelModule } from './modules/target-model/target-model.module.js';
import { UnitsModule } from './modules/units/units.module.js';
import { UsersModule } from './modules/users/users.module.js';

// Limits from the house security baseline: stop expensive or probing queries before execution.
const armor = new ApolloArmor({
  // Fragments are how the web app organizes its queries, not extra nesting: count fields only.
  maxDepth: { n: 8, flattenFragments: true },
  maxAliases: { n: 10 },
  // Cost is counted per object with the variables' page sizes, and refused with its own code: queryCostPlugin.
  costLimit: { enabled: false },
  // Token limit via graphql-js' own parser option (below): armor's version answers HTTP 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
});

/** Every feature, one line each: their entities, resolvers, loaders and enums come with them. */
export const FEATURE_MODULES: readonly FeatureModule[] = [
  UsersModule,
  AuthModule,
  UnitsModule,
  ProgramsModule,
  AssessmentsModule,
  PilotsModule,
  CheckInsModule,
  MeasurementsModule,
  DecisionsModule,
  MetricsModule,
  HistoryModule,
  AssessmentInventoryModule,
  AlignmentModule,
  DesignModule,
  RaciModule,
  HeadcountModule,
  DesignVersionsModule,
  TargetModelModule,
  WavesModule,
  NotificationsModule,
  GovernanceModule,
  BacklogModule,
  PortfolioModule,
];

/**
 * Root queries that read business data only (every table they read moves the organization's data
 * version when it changes), so their whole answers may be cached by it: the pages people open most.
 */
const CACHEABLE_QUERIES: ReadonlySet<string> = new Set([
  'programs',
  'program',
  'pilot',
  'units',
  'portfolio',
  'portfolioHeatMap',
  'portfolioAttention',
  'revopsDelivery',
  'revopsRequest',
  'waveUnit',
  'gateReviews',
  'checkInsOwed',
  // The audit log moves with every change it records, in the same transaction as the version.
  'recordHistory',
  'auditLog',
]);

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const protection = armor.protect();
    return {
      module: AppModule,
      // Global so feature services can read the validated config (e.g. whether cookies are Secure-only).
      global: true,
      exports: [APP_CONFIG, ResponseCache],
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, entitiesOf(FEATURE_MODULES))),
        LoaderRegistryModule,
        JobQueueModule.forRoot({ databaseUrl, work: config.jobs }),
        LiveEventsModule.forRoot({ databaseUrl }),
        HealthModule,
        ...FEATURE_MODULES,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [UsersModule],
          inject: [LoaderRegistry, DataSource, ACTOR_SOURCE, LiveEvents, ResponseCache],
          useFactory: (loaders: LoaderRegistry, dataSource: DataSource, actors: ActorSource, events: LiveEvents, responseCache: ResponseCache) => {
            const connections = new LiveConnections(dataSource, actors, sessionCookieName(config), config.sessionSecret, events);
            return {
            autoSchemaFile: true,
            sortSchema: true,
            introspection: config.introspection,
            graphiql: false,
            playground: false,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            parseOptions: { maxTokens: 1000 },
            includeStacktraceInErrorResponses: false,
            formatError,
            // The response cache keeps the bytes Apollo sends: one serialization for the reader and the cache.
            ...(config.responseCache ? { stringifyResult: responseCache.stringifyResult } : {}),
            // Nest resets every execution error's HTTP status to 200; a database outage must answer 503.
            preserveHttpStatusForExecutionErrors: false,
            plugins: [
              // No cache hints are used (whole answers are cached by data version instead), and this plugin alone wraps every field resolver.
              ApolloServerPluginCacheControlDisabled(),
              ...(protection.plugins as unknown as ApolloServerPlugin[]),
              queryCostPlugin(config.maxQueryCost),
              serviceUnavailablePlugin,
              ...(config.responseCache ? [responseCache.plugin() as ApolloServerPlugin] : []),
              ...(config.production ? [] : [statementCountPlugin]),
            ],
            validationRules: [KnownOperationTypesRule, ...protection.validationRules],
            // Subscriptions over WebSocket (graphql-ws): the session cookie of the upgrade request authenticates the socket.
            subscriptions: {
              'graphql-ws': {
                path: '/graphql',
                // The same limits as over HTTP (depth, aliases, directives, no field suggestions) for subscriptions.
                ...({ validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, [...specifiedRules, ...protection.validationRules]) } as object),
                onConnect: async (ctx: { extra: unknown }) => {
                  const extra = ctx.extra as WsContext['extra'];
                  const auth = await connections.authenticate(extra.request);
                  if (!auth) return false;
                  extra.auth = auth;
                  connections.track(auth.sessionId, extra.socket);
                  return true;
                },
                onClose: (ctx: { extra: unknown }) => {
                  const extra = ctx.extra as WsContext['extra'];
                  if (extra.auth) connections.forget(extra.auth.sessionId, extra.socket);
                },
              },
            },
            context: (arg: { req: Request; res: Response } | WsContext): GraphQLContext =>
              'extra' in arg ? wsGraphQLContext(arg, loaders) : { req: arg.req, res: arg.res, loaders: loaders.forRequest() },
            };
          },
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Its middleware is mounted in front of GraphQL by configureHttp, its plugin above, when RESPONSE_CACHE is on.
        {
          provide: ResponseCache,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new ResponseCache(dataSource, { fields: CACHEABLE_QUERIES, maxBytes: 64 * 1024 * 1024, reportStatements: !config.production }),
        },
        // Order matters: who you are, then what your role may do.
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        // Then ids in their one canonical spelling, before any resolver compares them.
        { provide: APP_INTERCEPTOR, useClass: CanonicalIdsInterceptor },
        { provide: APP_FILTER, useClass: GraphQLPassThroughFilter },
      ],
    };
  }
}
