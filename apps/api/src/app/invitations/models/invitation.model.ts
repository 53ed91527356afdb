import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INVITATION_STATES, type InvitationState, type VenueRole } from '@impact-review/domain';
import { VenueRoleEnum } from '../../auth/models/viewer.model';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const InvitationStateEnum = enumFromValues(INVITATION_STATES);
registerEnumType(InvitationStateEnum, { name: 'InvitationState', description: 'Where an invitation stands.' });

/** An invitation as its venue's chairs see it; invitedBy and expired are resolved by InvitationResolver. */
@ObjectType({ description: 'An invitation to take a role at a venue (seen by its chairs).' })
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => VenueRoleEnum)
  role: VenueRole;

  @Field(() => InvitationStateEnum)
  state: InvitationState;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt: Date | null;

  venueId: string;
  invitedById: string;
}

@ObjectType({ description: 'What the holder of an invitation link sees before answering it.' })
export class InvitationPreview {
  @Field()
  venueName: string;

  @Field()
  venueShortName: string;

  @Field(() => VenueRoleEnum)
  role: VenueRole;

  @Field()
  email: string;

  @Field(() => InvitationStateEnum)
  state: InvitationState;

  @Field()
  invitedByName: string;

  @Field({ description: 'True when the invitation is still pending but past its expiry.' })
  expired: boolean;

  @Field({ description: 'Whether an account with the invited email exists (then sign in to accept).' })
  accountExists: boolean;
}
