// Public surface of the notifications feature.
export { NotificationsModule } from './notifications.module';
export { NotificationSettingsService, type NotificationLinks } from './notification-settings.service';
export type { NotificationSettingsRecord } from './notification-settings.repository';
export { Notifier, type NotificationEvent } from './notifier.service';
