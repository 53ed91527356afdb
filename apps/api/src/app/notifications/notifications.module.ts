import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { DIGEST_ITEM_MODEL, digestItemSchema } from './digest-item.schema';
import { DigestItemRepository } from './digest-item.repository';
import { Notifier } from './notifier.service';
import { NOTIFICATION_SETTINGS_MODEL, notificationSettingsSchema } from './notification-settings.schema';
import { NotificationSettingsRepository } from './notification-settings.repository';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Each person's choice of which mails they get and when, and the signed links that change it from a mail. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: NOTIFICATION_SETTINGS_MODEL, schema: notificationSettingsSchema },
      { name: DIGEST_ITEM_MODEL, schema: digestItemSchema },
    ]),
    VenuesModule,
    UsersModule,
    MembershipsModule,
  ],
  controllers: [UnsubscribeController],
  providers: [
    NotificationSettingsRepository,
    NotificationSettingsService,
    NotificationSettingsResolver,
    DigestItemRepository,
    Notifier,
  ],
  exports: [NotificationSettingsService, Notifier],
})
export class NotificationsModule {}
