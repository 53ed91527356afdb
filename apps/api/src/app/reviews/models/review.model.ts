import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CRITERION_RATINGS,
  QUESTION_KINDS,
  REVIEW_RECOMMENDATIONS,
  REVIEW_STATES,
  REVIEW_TIMELINESS,
  type ContentLevel,
  type CriterionRating,
  type QuestionKind,
  type ReleaseDistribution,
  type ReleaseTiming,
  type ReviewerKind,
  type ReviewFormKind,
  REVIEW_FORM_KINDS,
  type ReviewRecommendation,
  type ReviewState,
  type ReviewTimeliness,
} from '@impact-review/domain';
import { ReviewerAssignment, ReviewerKindEnum } from '../../assignment/models/assignment.model';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { ContentLevelEnum, ReleaseDistributionEnum, ReleaseTimingEnum } from '../../submissions/models/statement-enums';
import { Submission } from '../../submissions/models/submission.model';
import { User } from '../../users/models/user.model';

export const ReviewStateEnum = enumFromValues(REVIEW_STATES);
registerEnumType(ReviewStateEnum, { name: 'ReviewState', description: 'A draft only its reviewer reads, or submitted.' });

export const ReviewRecommendationEnum = enumFromValues(REVIEW_RECOMMENDATIONS);
registerEnumType(ReviewRecommendationEnum, { name: 'ReviewRecommendation', description: 'What an expert recommends the committee decide.' });

export const CriterionRatingEnum = enumFromValues(CRITERION_RATINGS);
registerEnumType(CriterionRatingEnum, { name: 'CriterionRating', description: 'How well the statement meets a criterion of the rubric.' });

export const QuestionKindEnum = enumFromValues(QUESTION_KINDS);
registerEnumType(QuestionKindEnum, { name: 'QuestionKind', description: 'A rated criterion with a justification, or a question answered in words.' });

export const ReviewTimelinessEnum = enumFromValues(REVIEW_TIMELINESS);
registerEnumType(ReviewTimelinessEnum, { name: 'ReviewTimeliness', description: 'Where a review stands against its deadline.' });

export const ReviewFormKindEnum = enumFromValues(REVIEW_FORM_KINDS);
registerEnumType(ReviewFormKindEnum, {
  name: 'ReviewFormKind',
  description: 'A venue’s forms: the expert rubric, the community questions, and the lighter continuing-review rubric reviewers of record answer when they recommend on a re-evaluation.',
});

@ObjectType({ description: 'One question of a review form.' })
export class FormQuestion {
  @Field({ description: 'Stable across edits: answers are keyed by it.' })
  id: string;

  @Field(() => QuestionKindEnum)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field()
  help: string;

  @Field()
  required: boolean;

  @Field({ description: 'No longer asked; the answers given before are kept and shown.' })
  retired: boolean;
}

@ObjectType({ description: 'The form one kind of reviewer fills in at a venue.' })
export class ReviewForm {
  @Field(() => ReviewFormKindEnum)
  kind: ReviewFormKind;

  @Field(() => [FormQuestion])
  questions: FormQuestion[];

  @Field(() => [String], { description: 'Questions that have answers: they can be retired, not deleted.' })
  answeredQuestionIds: string[];

  @Field(() => Int, { description: 'Send it back when saving; 0 is the default form, never changed.' })
  revision: number;
}

@ObjectType({ description: 'The answer to one question, with the question as it reads now.' })
export class ReviewAnswer {
  @Field()
  questionId: string;

  @Field({ description: 'The question (“(a question since removed)” if the form no longer has it).' })
  prompt: string;

  @Field(() => QuestionKindEnum)
  kind: QuestionKind;

  @Field()
  retired: boolean;

  @Field(() => CriterionRatingEnum, { nullable: true })
  rating: CriterionRating | null;

  @Field({ description: 'The justification of a rating, or the answer in words.' })
  text: string;
}

@ObjectType({ description: 'The release option an expert recommends for one artifact.' })
export class ReleaseRecommendation {
  @Field()
  artifactKey: string;

  @Field({ description: 'The artifact’s name in the statement version reviewed.' })
  artifactName: string;

  @Field(() => ContentLevelEnum)
  contentLevel: ContentLevel;

  @Field(() => ReleaseTimingEnum)
  timing: ReleaseTiming;

  @Field(() => ReleaseDistributionEnum)
  distribution: ReleaseDistribution;
}

@ObjectType({ description: 'What a review says (its current text, or one submitted version).' })
export class ReviewText {
  @Field(() => [ReviewAnswer])
  answers: ReviewAnswer[];

  @Field(() => ReviewRecommendationEnum, { nullable: true })
  recommendation: ReviewRecommendation | null;

  @Field(() => [ReleaseRecommendation])
  releaseRecommendations: ReleaseRecommendation[];

  @Field()
  requiredMitigations: string;

  @Field()
  commentsForAuthors: string;

  @Field(() => String, { nullable: true, description: 'For the chairs only; null for everyone else.' })
  confidentialComments: string | null;

  @Field({ description: 'Community feedback whose reviewer agreed to be named to the authors.' })
  namedToAuthors: boolean;
}

@ObjectType({ description: 'A submitted version of a review, kept as it was.' })
export class ReviewVersion {
  @Field(() => Int)
  number: number;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => Int, { description: 'The statement version it was written against.' })
  statementVersion: number;

  @Field(() => ReviewText)
  text: ReviewText;
}

@ObjectType({ description: 'A review of a statement, as the reader may see it.' })
export class Review {
  @Field(() => ID)
  id: string;

  @Field(() => ReviewerKindEnum)
  kind: ReviewerKind;

  @Field({ description: 'The reviewer’s name where the reader may know it, else a pseudonym such as “Expert A”.' })
  label: string;

  @Field(() => User, { nullable: true, description: 'Null unless the reader may know who wrote it.' })
  reviewer: User | null;

  @Field(() => ReviewStateEnum)
  state: ReviewState;

  @Field(() => Int, { description: 'The round of reviews (2 and up after revise and resubmit).' })
  round: number;

  @Field(() => Int, { description: 'The statement version the current text was written against.' })
  statementVersion: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => ReviewTimelinessEnum, { nullable: true, description: 'Against the deadline; null for the authors.' })
  timeliness: ReviewTimeliness | null;

  @Field(() => Int, { description: 'Send it back when saving or submitting.' })
  revision: number;

  @Field(() => ReviewText)
  text: ReviewText;

  @Field(() => [ReviewVersion], { description: 'Every submitted version, newest first: the reviewer and the chairs only (else empty).' })
  versions: ReviewVersion[];
}

@ObjectType({ description: 'The assigned reviewer’s work on a statement.' })
export class ReviewTask {
  @Field(() => Int, { description: 'The round being reviewed (2 and up: a resubmission after revise and resubmit).' })
  round: number;

  @Field(() => Int, { nullable: true, description: 'The version the previous round reviewed: compare it with the latest to see what changed.' })
  previousVersion: number | null;

  @Field(() => ReviewerAssignment)
  assignment: ReviewerAssignment;

  @Field(() => ReviewForm)
  form: ReviewForm;

  @Field(() => Review, { nullable: true, description: 'Null until the first save.' })
  review: Review | null;

  @Field({ description: 'Whether the review can still be saved or submitted.' })
  editable: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, in words.' })
  lockedReason: string | null;
}

@ObjectType({ description: 'How many of the venue’s reviews stand where against their deadlines.' })
export class ReviewCounts {
  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  submitted_late: number;

  @Field(() => Int)
  due: number;

  @Field(() => Int)
  due_soon: number;

  @Field(() => Int)
  late: number;
}

@ObjectType({ description: 'A review that is late or nearly so.' })
export class ReviewProgressRow {
  @Field(() => ReviewerAssignment)
  assignment: ReviewerAssignment;

  @Field(() => Submission)
  submission: Submission;

  @Field(() => ReviewTimelinessEnum)
  timeliness: ReviewTimeliness;
}

@ObjectType({ description: 'The venue’s reviews against their deadlines (chairs).' })
export class ReviewProgress {
  @Field(() => ReviewCounts)
  counts: ReviewCounts;

  @Field(() => [ReviewProgressRow], { description: 'Late and due-soon reviews, most overdue first (at most 100).' })
  pressing: ReviewProgressRow[];
}
