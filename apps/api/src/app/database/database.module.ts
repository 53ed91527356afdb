import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

/** The connection to MongoDB or FerretDB; the URI was settled before the app was created. */
@Module({})
export class DatabaseModule {
  static forRoot(uri: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MongooseModule.forRoot(uri, {
          // FerretDB v1 has no multi-document transactions; nothing here relies on them.
          autoIndex: true,
          serverSelectionTimeoutMS: 10_000,
        }),
      ],
      exports: [MongooseModule],
    };
  }
}
