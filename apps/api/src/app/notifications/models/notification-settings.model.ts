import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const NotificationKindEnum = enumFromValues(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'Something a person can be told about by mail.',
});

export const NotificationDeliveryEnum = enumFromValues(NOTIFICATION_DELIVERIES);
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'When mail about a kind of change goes out: at once, in a daily digest, or never.',
});

@ObjectType({
  description: 'How one kind of notification reaches the person, at one level (all venues or one venue).',
})
export class NotificationChoice {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: 'The kind in words, e.g. "Someone answers an invitation you sent".' })
  label: string;

  @Field(() => NotificationDeliveryEnum, { description: 'What applies here, after inheritance.' })
  delivery: NotificationDelivery;

  @Field(() => NotificationDeliveryEnum, {
    nullable: true,
    description: 'The choice made at this level; null when it follows the general choice (or the default).',
  })
  chosen: NotificationDelivery | null;

  @Field({ description: 'A required notice (about approvals): it always comes by email at once and cannot be changed.' })
  required: boolean;
}

@ObjectType({ description: "A venue's own notification choices for the person." })
export class VenueNotificationSettings {
  @Field(() => ID)
  venueId: string;

  @Field()
  venueName: string;

  @Field()
  venueShortName: string;

  @Field(() => [NotificationChoice])
  choices: NotificationChoice[];
}

@ObjectType({ description: 'Which mails the signed-in person gets, and when their daily digest goes out.' })
export class NotificationSettings {
  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone of the digest; null until chosen (digests then use UTC).',
  })
  timeZone: string | null;

  @Field(() => Int, { description: 'Local hour (0-23) the daily digest goes out.' })
  digestHour: number;

  @Field(() => GraphQLISODateTime, { description: 'When the next daily digest would go out.' })
  nextDigestAt: Date;

  @Field(() => [NotificationChoice], { description: 'Choices for every venue without its own.' })
  general: NotificationChoice[];

  @Field(() => [VenueNotificationSettings], { description: 'Every venue the person has a part in.' })
  venues: VenueNotificationSettings[];
}

@ObjectType({ description: 'What an unsubscribe link stops.' })
export class UnsubscribeLink {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  kindLabel: string;

  @Field(() => String, { nullable: true, description: 'The venue the link is about; null for every venue.' })
  venueName: string | null;

  @Field({ description: 'True once this kind of mail is already off there.' })
  unsubscribed: boolean;
}
