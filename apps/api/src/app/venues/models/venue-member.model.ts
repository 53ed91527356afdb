import { Field, ObjectType } from '@nestjs/graphql';
import type { VenueRole } from '@impact-review/domain';
import { VenueRoleEnum } from '../../auth/models/viewer.model';
import { User } from '../../users/models/user.model';

@ObjectType({ description: 'A person holding roles at a venue (seen by its chairs).' })
export class VenueMember {
  @Field(() => User)
  user: User;

  @Field(() => [VenueRoleEnum])
  roles: VenueRole[];
}
