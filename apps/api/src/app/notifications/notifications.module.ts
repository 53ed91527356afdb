import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { VenuesModule } from '../venues/venues.module';
import {
  NOTIFICATION_SETTINGS_MODEL,
  notificationSettingsSchema,
  SITE_SECRET_MODEL,
  siteSecretSchema,
} from './notification-settings.schema';
import { NotificationSettingsRepository } from './notification-settings.repository';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Each person's choice of which mails they get and when, and the signed links that change it from a mail. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: NOTIFICATION_SETTINGS_MODEL, schema: notificationSettingsSchema },
      { name: SITE_SECRET_MODEL, schema: siteSecretSchema },
    ]),
    VenuesModule,
  ],
  controllers: [UnsubscribeController],
  providers: [NotificationSettingsRepository, NotificationSettingsService, NotificationSettingsResolver],
  exports: [NotificationSettingsService],
})
export class NotificationsModule {}
