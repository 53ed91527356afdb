import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VENUE_ROLES, type VenueRole } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const VenueRoleEnum = enumFromValues(VENUE_ROLES);
registerEnumType(VenueRoleEnum, { name: 'VenueRole', description: 'A role a person holds at one venue.' });

@ObjectType({ description: 'One role at one venue.' })
export class VenueRoleGrant {
  @Field(() => ID)
  venueId: string;

  @Field(() => VenueRoleEnum)
  role: VenueRole;
}

@ObjectType({ description: 'The signed-in person.' })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => [VenueRoleGrant])
  roles: VenueRoleGrant[];

  @Field({ description: 'Site administrator: manages site permissions.' })
  siteAdmin: boolean;

  @Field({ description: 'May create conferences and workshops.' })
  canCreateVenues: boolean;
}
