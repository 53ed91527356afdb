import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DecisionsModule } from '../decisions';
import { MembershipsModule } from '../memberships';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { MeetingRepository } from './meeting.repository';
import { MEETING_MODEL, meetingSchema, MOTION_MODEL, motionSchema, VOTE_MODEL, voteSchema } from './meeting.schema';
import { MeetingResolver, VenueMeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

/** Convened meetings for full review: agenda, attendance, recusals, motions, votes and minutes. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MEETING_MODEL, schema: meetingSchema },
      { name: MOTION_MODEL, schema: motionSchema },
      { name: VOTE_MODEL, schema: voteSchema },
    ]),
    DecisionsModule,
    SubmissionsModule,
    MembershipsModule,
    UsersModule,
    VenuesModule,
  ],
  providers: [MeetingRepository, MeetingsService, MeetingResolver, VenueMeetingsResolver],
  exports: [MeetingRepository],
})
export class MeetingsModule {}
