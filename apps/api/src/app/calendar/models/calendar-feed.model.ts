import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Venue } from '../../venues/models/venue.model';

@ObjectType({ description: 'One of your calendar feeds: your own (venue null), or a venue’s that you chair.' })
export class CalendarFeedStatusModel {
  @Field(() => Venue, { nullable: true })
  venue: Venue | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its current private address was made (null: none yet). The address itself is shown once, when made.' })
  createdAt: Date | null;
}

@ObjectType({ description: 'A new private calendar address: subscribe to it in a calendar app; it replaces the previous one.' })
export class CalendarFeedAddress {
  @Field()
  url: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
