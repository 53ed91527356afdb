import { Field, ID, InputType } from '@nestjs/graphql';
import type { VenueRole } from '@impact-review/domain';
import { VenueRoleEnum } from '../../auth/models/viewer.model';

@InputType()
export class InviteInput {
  @Field(() => ID)
  venueId: string;

  @Field()
  email: string;

  @Field(() => VenueRoleEnum)
  role: VenueRole;

  @Field(() => String, { nullable: true, description: 'A personal note included in the email.' })
  message?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field(() => String, { nullable: true, description: 'For a new account (not signed in, no account yet).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'For a new account (not signed in, no account yet).' })
  password?: string | null;
}
