import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { AssignmentModule } from '../assignment';
import { AuthModule } from '../auth';
import { DecisionsModule } from '../decisions';
import { MembershipsModule } from '../memberships';
import { ReviewsModule } from '../reviews';
import { SiteAdminModule } from '../site-admin';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { DEMO_LOGGER, DemoSeeder } from './demo-seeder';

@Module({})
export class DemoModule {
  static register(logger: Logger): DynamicModule {
    return {
      module: DemoModule,
      imports: [AuthModule, UsersModule, MembershipsModule, VenuesModule, SubmissionsModule, SiteAdminModule, AssignmentModule, ReviewsModule, DecisionsModule],
      providers: [DemoSeeder, { provide: DEMO_LOGGER, useValue: logger }],
    };
  }
}
