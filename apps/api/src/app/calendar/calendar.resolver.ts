import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { CalendarService } from './calendar.service';
import { CalendarFeedAddress, CalendarFeedStatusModel } from './models/calendar-feed.model';

/** Private calendar feeds: which ones you have, a new address, revoking one. */
@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => [CalendarFeedStatusModel], { description: 'Your own calendar feed and one per venue you chair, with when each address was made (signed in).' })
  calendarFeeds(@Ctx() ctx: RequestContext): Promise<CalendarFeedStatusModel[]> {
    return this.calendar.statusOf(ctx.actor);
  }

  @Mutation(() => CalendarFeedAddress, {
    description:
      'Makes a new private address for your calendar feed (venueId null) or a venue’s you chair; the previous address stops working. Its token is shown only here.',
  })
  createCalendarFeed(@Args('venueId', { type: () => ID, nullable: true }) venueId: string | null, @Ctx() ctx: RequestContext): Promise<CalendarFeedAddress> {
    return this.calendar.create(ctx.actor, venueId ?? null);
  }

  @Mutation(() => Boolean, { description: 'Stops a calendar feed’s address from working; false when there was none.' })
  revokeCalendarFeed(@Args('venueId', { type: () => ID, nullable: true }) venueId: string | null, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.calendar.revoke(ctx.actor, venueId ?? null);
  }
}
