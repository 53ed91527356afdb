import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthModule } from '../auth/auth.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { SiteAdminModule } from '../site-admin/site-admin.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { UsersModule } from '../users/users.module';
import { VenuesModule } from '../venues/venues.module';
import { DEMO_LOGGER, DemoSeeder } from './demo-seeder';

@Module({})
export class DemoModule {
  static register(logger: Logger): DynamicModule {
    return {
      module: DemoModule,
      imports: [AuthModule, UsersModule, MembershipsModule, VenuesModule, SubmissionsModule, SiteAdminModule],
      providers: [DemoSeeder, { provide: DEMO_LOGGER, useValue: logger }],
    };
  }
}
