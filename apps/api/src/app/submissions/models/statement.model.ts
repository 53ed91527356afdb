import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type { StatementSection } from '@impact-review/domain';
import { ArtifactModel, StatementContentModel } from './statement-content.model';
import { StatementSectionEnum } from './statement-enums';
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

@ObjectType({ description: "The authors' open, editable statement (visible to the authors only)." })
export class StatementDraft {
  @Field(() => StatementContentModel)
  content: StatementContentModel;

  @Field(() => Int, { description: 'Pass as expectedDraftRevision when saving or submitting.' })
  revision: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The submitted version this revision started from.' })
  basedOnVersion: number | null;

  @Field(() => [SectionStatus], { description: 'Completeness of each section, for the editor.' })
  sectionStatus: SectionStatus[];

  @Field(() => TierSuggestionModel, { description: 'Live preview of the tier the draft would get.' })
  suggestedTier: TierSuggestionModel;
}

@ObjectType({ description: 'A submitted, frozen version of the statement.' })
export class StatementVersion {
  @Field(() => Int)
  number: number;

  @Field(() => StatementContentModel)
  content: StatementContentModel;

  @Field(() => [ArtifactModel], {
    description: 'The artifacts as they were when this version was submitted.',
  })
  artifacts: ArtifactModel[];

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => TierSuggestionModel)
  tierSuggestion: TierSuggestionModel;

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

@ObjectType({ description: 'How one section differs between two versions.' })
export class SectionComparison {
  @Field(() => StatementSectionEnum)
  section: StatementSection;

  @Field()
  title: string;

  @Field()
  changed: boolean;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}
