import { Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IDENTITY_TO_AUTHORS,
  OTHER_REVIEWS_VISIBILITY,
  REVIEWER_IDENTITY_VISIBILITY,
  type IdentityToAuthors,
  type OtherReviewsVisibility,
  type ReviewerIdentityVisibility,
} from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

// The venue's review visibility settings (HotCRP's as the model); the access layer applies them.

export const OtherReviewsVisibilityEnum = enumFromValues(OTHER_REVIEWS_VISIBILITY);
registerEnumType(OtherReviewsVisibilityEnum, {
  name: 'OtherReviewsVisibility',
  description: 'When a statement’s reviewers read each other’s reviews: never, after submitting their own, or always.',
});

export const ReviewerIdentityVisibilityEnum = enumFromValues(REVIEWER_IDENTITY_VISIBILITY);
registerEnumType(ReviewerIdentityVisibilityEnum, {
  name: 'ReviewerIdentityVisibility',
  description: 'How reviewers of a statement appear to each other: hidden behind pseudonyms, named after their own review, or named.',
});

export const IdentityToAuthorsEnum = enumFromValues(IDENTITY_TO_AUTHORS);
registerEnumType(IdentityToAuthorsEnum, {
  name: 'IdentityToAuthors',
  description: 'How reviewers appear to the authors: never named, or (community feedback) as its reviewer chose.',
});

@ObjectType({ description: 'Who reads which reviews under which name at the venue.' })
export class ReviewVisibility {
  @Field(() => OtherReviewsVisibilityEnum)
  otherReviews: OtherReviewsVisibility;

  @Field(() => ReviewerIdentityVisibilityEnum)
  identitiesToReviewers: ReviewerIdentityVisibility;

  @Field(() => IdentityToAuthorsEnum)
  identitiesToAuthors: IdentityToAuthors;
}

@InputType()
export class ReviewVisibilityInput {
  @Field(() => OtherReviewsVisibilityEnum)
  otherReviews: OtherReviewsVisibility;

  @Field(() => ReviewerIdentityVisibilityEnum)
  identitiesToReviewers: ReviewerIdentityVisibility;

  @Field(() => IdentityToAuthorsEnum)
  identitiesToAuthors: IdentityToAuthors;
}

@ObjectType({ description: 'The authors’ response phase at the venue.' })
export class ResponsePhase {
  @Field({ description: 'Authors may respond to released reviews until the deadline.' })
  open: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => Int)
  wordLimit: number;
}

@InputType()
export class ResponsePhaseInput {
  @Field()
  open: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => Int)
  wordLimit: number;
}
