import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VENUE_KINDS, type VenueKind } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const VenueKindEnum = enumFromValues(VENUE_KINDS);
registerEnumType(VenueKindEnum, { name: 'VenueKind', description: 'A conference, or a workshop held at one.' });

@ObjectType({ description: 'A deadline: the local wall time in the venue’s zone and the exact instant it means.' })
export class Deadline {
  @Field()
  label: string;

  @Field({ description: "'YYYY-MM-DDTHH:mm' in the venue's time zone." })
  dueLocal: string;

  @Field(() => GraphQLISODateTime, { description: 'The UTC instant of dueLocal.' })
  dueAt: Date;
}

/**
 * A conference or a workshop. parentVenue, workshops, myRoles, members and invitations are
 * resolved by VenueResolver (members and invitations only for the venue's chairs).
 */
@ObjectType({ description: 'A conference, or a workshop held at one.' })
export class Venue {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => VenueKindEnum)
  kind: VenueKind;

  /** Not exposed directly: GraphQL clients follow parentVenue. */
  parentVenueId: string | null;

  @Field({ description: 'IANA time zone deadlines are entered in.' })
  timeZone: string;

  @Field()
  description: string;

  @Field(() => [Deadline])
  deadlines: Deadline[];

  @Field(() => Int)
  revision: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
