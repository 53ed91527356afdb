import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import mongoose, { type Connection } from 'mongoose';
import { countDbCommands } from './db-command-tally';
import { MigrationMarkerRepository } from './migration-marker.repository';
import { MIGRATION_MARKER_MODEL, migrationMarkerSchema } from './migration-marker.schema';
import { SiteSecretRepository } from './site-secret.repository';
import { SITE_SECRET_MODEL, siteSecretSchema } from './site-secret.schema';

export interface DatabaseOptions {
  uri: string;
  /** Client-side limit for every operation (the driver's timeoutMS): a stuck database fails requests, never hangs them. */
  operationTimeoutMs: number;
  poolSize: number;
  countCommands: boolean;
}

/** The connection to MongoDB or FerretDB; the URI was settled before the app was created. */
// Mongoose records a stack trace on every query to explain "query was already executed"; with
// source maps on, that cost more CPU per autosave than the autosave's own logic.
mongoose.set('skipOriginalStackTraces', true);

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        MongooseModule.forRoot(options.uri, {
          autoIndex: true,
          serverSelectionTimeoutMS: Math.min(10_000, options.operationTimeoutMs),
          timeoutMS: options.operationTimeoutMs,
          maxPoolSize: options.poolSize,
          monitorCommands: options.countCommands,
          connectionFactory: (connection: Connection) => {
            if (options.countCommands) countDbCommands(connection);
            return connection;
          },
        }),
        MongooseModule.forFeature([
          { name: MIGRATION_MARKER_MODEL, schema: migrationMarkerSchema },
          { name: SITE_SECRET_MODEL, schema: siteSecretSchema },
        ]),
      ],
      providers: [MigrationMarkerRepository, SiteSecretRepository],
      exports: [MongooseModule, MigrationMarkerRepository, SiteSecretRepository],
    };
  }
}
