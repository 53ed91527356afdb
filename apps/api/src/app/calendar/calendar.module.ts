import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ApprovalsModule } from '../approvals';
import { MeetingsModule } from '../meetings';
import { MembershipsModule } from '../memberships';
import { SubmissionsModule } from '../submissions';
import { VenuesModule } from '../venues';
import { CALENDAR_FEED_MODEL, calendarFeedSchema } from './calendar-feed.schema';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** Private calendar feeds (.ics) of people and, for chairs, of venues. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: CALENDAR_FEED_MODEL, schema: calendarFeedSchema }]),
    ApprovalsModule,
    MeetingsModule,
    MembershipsModule,
    SubmissionsModule,
    VenuesModule,
  ],
  controllers: [CalendarController],
  providers: [CalendarFeedRepository, CalendarService, CalendarResolver],
})
export class CalendarModule {}
