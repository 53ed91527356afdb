import { RequestLoaders } from './common/graphql/loaders';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { Clock } from './common/clock';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import { queryGuardPlugin } from './common/graphql/query-guard.plugin';
import { aliasLimitRule, depthLimitRule, QUERY_LIMITS } from './common/graphql/query-limits';
import type { RequestContext } from './common/graphql/request-context';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { FEATURE_MODULES } from './feature-modules';
import { DemoModule } from './demo/demo.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The resolved database URI (embedded or MONGODB_URI). */
  mongodbUri: string;
  logger: Logger;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { logger, config } = options;
    // The schema is public in the repository (apps/api/schema.graphql); a running server describes
    // itself only in development, where tools like GraphiQL want it.
    const development = config.appEnv === 'development';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config, options.clock),
        DatabaseModule.forRoot({
          uri: options.mongodbUri,
          operationTimeoutMs: options.config.dbOperationTimeoutMs,
          poolSize: options.config.dbPoolSize,
          countCommands: options.config.dbCommandStats,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: development,
          hideSchemaDetailsFromClientErrors: !development,
          validationRules: [depthLimitRule(QUERY_LIMITS.maxDepth), aliasLimitRule(QUERY_LIMITS.maxAliases)],
          plugins: [queryGuardPlugin(QUERY_LIMITS)],
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: RequestContext['req']; res: Response }): RequestContext => ({
            req,
            res,
            requestId: String((req as Request & { id?: string }).id ?? ''),
            log: req.log ?? logger,
            actor: null,
            actorResolution: null,
            sessionToken: null,
            loaders: new RequestLoaders(),
          }),
          formatError: (formatted, error) => formatGraphqlError(formatted, error, logger),
        }),
        HealthModule,
        AuthModule,
        ...FEATURE_MODULES,
        DemoModule.register(logger),
      ],
    };
  }
}
