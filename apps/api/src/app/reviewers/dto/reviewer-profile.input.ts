import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum PublicationFormat {
  bibtex = 'bibtex',
  openreview_jsonl = 'openreview_jsonl',
}
registerEnumType(PublicationFormat, {
  name: 'PublicationFormat',
  description: 'BibTeX, or the `<reviewer>.jsonl` of an OpenReview expertise archive.',
});

@InputType()
export class ReviewerPublicationInput {
  @Field()
  title: string;

  @Field({ defaultValue: '' })
  abstract: string;

  @Field(() => Int, { nullable: true })
  year: number | null;
}

@InputType()
export class ReviewerAffiliationInput {
  @Field()
  institution: string;

  @Field({ defaultValue: '' })
  emailDomain: string;

  @Field(() => Int)
  startYear: number;

  @Field(() => Int, { nullable: true })
  endYear: number | null;
}

@InputType()
export class ReviewerProfileInput {
  @Field(() => [String])
  areas: string[];

  @Field({ defaultValue: '' })
  expertise: string;

  @Field(() => [ReviewerPublicationInput])
  publications: ReviewerPublicationInput[];

  @Field(() => [ReviewerAffiliationInput])
  affiliations: ReviewerAffiliationInput[];

  @Field(() => [String])
  communities: string[];

  @Field(() => Int)
  maxLoad: number;

  @Field(() => String, { nullable: true })
  trainingCompletedOn: string | null;
}
