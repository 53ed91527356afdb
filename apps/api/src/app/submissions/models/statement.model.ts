import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { ComparedSection, StatementSection } from '@impact-review/domain';
import { StatementContentModel } from './statement-content.model';
import { ComparedSectionEnum, StatementSectionEnum } from './statement-enums';
import { SubmissionDetailsFields } from './submission.model';
import { TierSuggestionModel } from './tier.model';

@ObjectType({
  description: 'A problem with one field, addressed by a dotted path such as hazards.0.description.',
})
export class FieldError {
  @Field()
  path: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'Whether a section is ready for submission, and what is missing.' })
export class SectionStatus {
  @Field(() => StatementSectionEnum)
  section: StatementSection;

  @Field()
  complete: boolean;

  @Field(() => [FieldError])
  errors: FieldError[];
}

@ObjectType({
  description:
    "The authors' open draft: everything they edit, saved as one (visible to the authors only). Submitting freezes it as a version.",
})
export class StatementDraft extends SubmissionDetailsFields {
  @Field(() => StatementContentModel)
  content: StatementContentModel;

  @Field(() => Int, { description: 'Pass as expectedDraftRevision when saving or submitting.' })
  revision: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  /** Resolved by StatementDraftResolver, with sectionStatus and suggestedTier: computed only when asked for. */
  basedOnVersion: number | null | undefined;

  /** Which submission this draft belongs to (not a field: for the lazily resolved ones). */
  submissionId: string;
}

@ObjectType({
  description:
    'A submitted, frozen version: the statement and the details (title, abstract, links, artifacts, authors) as submitted.',
})
export class StatementVersion extends SubmissionDetailsFields {
  @Field(() => Int)
  number: number;

  @Field(() => StatementContentModel)
  content: StatementContentModel;

  /** Resolved to authors by StatementVersionResolver. */
  authorIds: string[];

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => TierSuggestionModel, {
    nullable: true,
    description: "The tier the rubric suggested for this version; null when the venue does not show tiers to you.",
  })
  tierSuggestion: TierSuggestionModel | null;

  /** Resolved to submittedBy by StatementVersionResolver. */
  submittedById: string;

  /** For the email visibility of submittedBy. */
  venueId: string;
}

@ObjectType()
export class StatementVersionSummary {
  @Field(() => Int)
  number: number;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;
}

@ObjectType({ description: 'One changed value between two versions.' })
export class FieldChange {
  @Field()
  path: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'How one section (or the submission details) differs between two versions.' })
export class SectionComparison {
  @Field(() => ComparedSectionEnum)
  section: ComparedSection;

  @Field()
  title: string;

  @Field()
  changed: boolean;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}
