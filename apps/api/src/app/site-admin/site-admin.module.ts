import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { SiteAdminResolver } from './site-admin.resolver';
import { SitePermissionsService } from './site-permissions.service';

/** Site administrators and the "may create venues" permission. */
@Module({
  imports: [UsersModule],
  providers: [SitePermissionsService, SiteAdminResolver],
  exports: [SitePermissionsService],
})
export class SiteAdminModule {}
