import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { NotificationDelivery, NotificationKind } from '@impact-review/domain';
import { NotificationDeliveryEnum, NotificationKindEnum } from '../models/notification-settings.model';

@InputType()
export class SetNotificationDeliveryInput {
  @Field(() => ID, { nullable: true, description: 'The venue; null for the general choice.' })
  venueId?: string | null;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationDeliveryEnum, {
    nullable: true,
    description: "null removes a venue's own choice so it follows the general one again.",
  })
  delivery?: NotificationDelivery | null;
}

@InputType()
export class SetDigestScheduleInput {
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => Int, { description: 'Local hour, 0-23.' })
  digestHour: number;
}
