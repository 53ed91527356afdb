// Public surface of the site administration feature.
export { SitePermissionsService } from './site-permissions.service';
export { SiteAdminModule } from './site-admin.module';
