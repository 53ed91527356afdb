import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { SetDigestScheduleInput, SetNotificationDeliveryInput } from './dto/notification-settings.input';
import { NotificationSettings, UnsubscribeLink } from './models/notification-settings.model';
import { NotificationSettingsService } from './notification-settings.service';

@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationSettings, {
    description: 'Which mails the signed-in person gets, per venue and kind.',
  })
  notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettings> {
    return this.settings.settingsOf(ctx.actor);
  }

  @Mutation(() => NotificationSettings, {
    description: 'Chooses how one kind of mail reaches the signed-in person, for one venue or in general.',
  })
  setNotificationDelivery(
    @Args('input') input: SetNotificationDeliveryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettings> {
    return this.settings.setDelivery(ctx.actor, input);
  }

  @Mutation(() => NotificationSettings, {
    description: "Sets the time zone and local hour of the person's daily digest.",
  })
  setDigestSchedule(
    @Args('input') input: SetDigestScheduleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettings> {
    return this.settings.setDigestSchedule(ctx.actor, input);
  }

  @Public()
  @Query(() => UnsubscribeLink, {
    description:
      'What an unsubscribe link from a mail would stop (no sign-in: the link is signed). NOT_FOUND when not valid.',
  })
  unsubscribeLink(@Args('token') token: string): Promise<UnsubscribeLink> {
    return this.settings.unsubscribeLink(token);
  }

  @Public()
  @Mutation(() => UnsubscribeLink, {
    description: 'Stops the kind of mail an unsubscribe link names; repeating it changes nothing.',
  })
  unsubscribe(@Args('token') token: string): Promise<UnsubscribeLink> {
    return this.settings.unsubscribe(token);
  }
}
