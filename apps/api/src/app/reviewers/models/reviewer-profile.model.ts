import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewerPublication')
export class ReviewerPublicationModel {
  @Field()
  title: string;

  @Field()
  abstract: string;

  @Field(() => Int, { nullable: true })
  year: number | null;
}

@ObjectType('ReviewerAffiliation')
export class ReviewerAffiliationModel {
  @Field()
  institution: string;

  @Field({ description: "The institution's e-mail domain, e.g. uni-example.org; empty when unknown." })
  emailDomain: string;

  @Field(() => Int)
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'Null while it lasts.' })
  endYear: number | null;
}

@ObjectType('ReviewerProfile', {
  description: "A reviewer's profile at one venue: expertise, affiliations, communities, load.",
})
export class ReviewerProfileModel {
  @Field(() => [String], {
    description: 'Areas from the venue\'s taxonomy, e.g. "Speech synthesis / Voice cloning".',
  })
  areas: string[];

  @Field({ description: 'Expertise in their own words.' })
  expertise: string;

  @Field(() => [ReviewerPublicationModel])
  publications: ReviewerPublicationModel[];

  @Field(() => [ReviewerAffiliationModel])
  affiliations: ReviewerAffiliationModel[];

  @Field(() => [String])
  communities: string[];

  @Field(() => Int, { description: 'The most statements they take on at this venue.' })
  maxLoad: number;

  @Field(() => String, {
    nullable: true,
    description: "'YYYY-MM-DD' when training in release practices was completed.",
  })
  trainingCompletedOn: string | null;

  @Field(() => Int, { description: '0 before the first save; pass to updateReviewerProfile.' })
  revision: number;

  // Resolved to person by ReviewerProfileResolver.
  userId: string;
  venueId: string;
}

@ObjectType('PoolImportLine', { description: 'One line of an imported reviewer pool.' })
export class PoolImportLineModel {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' })
  line: number;

  @Field({ description: 'The address, or empty when the line could not be read.' })
  email: string;

  @Field({ description: 'The invitee, or why the line was skipped or refused.' })
  detail: string;
}

@ObjectType('PoolImportReport', {
  description:
    'A pool import: a job that sends the invitations, with its progress and what happened to each line so far (invitations sent, lines skipped, lines refused).',
})
export class PoolImportReportModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'running, succeeded or failed.' })
  state: string;

  @Field(() => Int, { description: 'Good lines to invite.' })
  total: number;

  @Field(() => Int, { description: 'Good lines handled so far.' })
  done: number;

  @Field(() => String, { nullable: true, description: 'Why the import stopped, when it failed.' })
  error: string | null;

  @Field(() => [PoolImportLineModel])
  sent: PoolImportLineModel[];

  @Field(() => [PoolImportLineModel], { description: 'People already in the pool or already invited.' })
  skipped: PoolImportLineModel[];

  @Field(() => [PoolImportLineModel], { description: 'Lines that could not be used, with the reason.' })
  refused: PoolImportLineModel[];
}
