import { Field, InputType } from '@nestjs/graphql';
import type { ContentLevel, CriterionRating, QuestionKind, ReleaseDistribution, ReleaseTiming, ReviewRecommendation } from '@impact-review/domain';
import { ContentLevelEnum, ReleaseDistributionEnum, ReleaseTimingEnum } from '../../submissions/models/statement-enums';
import {
  CriterionRatingEnum,
  QuestionKindEnum,
  ReviewRecommendationEnum,
} from '../models/review.model';

@InputType()
export class ReviewAnswerInput {
  @Field()
  questionId: string;

  @Field(() => CriterionRatingEnum, { nullable: true })
  rating: CriterionRating | null;

  @Field({ defaultValue: '' })
  text: string;
}

@InputType()
export class ReleaseRecommendationInput {
  @Field()
  artifactKey: string;

  @Field(() => ContentLevelEnum)
  contentLevel: ContentLevel;

  @Field(() => ReleaseTimingEnum)
  timing: ReleaseTiming;

  @Field(() => ReleaseDistributionEnum)
  distribution: ReleaseDistribution;
}

@InputType({ description: 'What a reviewer writes; a draft may leave any of it empty.' })
export class ReviewInput {
  @Field(() => [ReviewAnswerInput])
  answers: ReviewAnswerInput[];

  @Field(() => ReviewRecommendationEnum, { nullable: true, description: 'Experts only.' })
  recommendation: ReviewRecommendation | null;

  @Field(() => [ReleaseRecommendationInput], { defaultValue: [], description: 'Experts only: one per artifact.' })
  releaseRecommendations: ReleaseRecommendationInput[];

  @Field({ defaultValue: '' })
  requiredMitigations: string;

  @Field({ defaultValue: '' })
  commentsForAuthors: string;

  @Field({ defaultValue: '', description: 'For the chairs only.' })
  confidentialComments: string;

  @Field({ defaultValue: false, description: 'Community feedback only: name me to the authors (where the venue allows it).' })
  namedToAuthors: boolean;
}

@InputType()
export class FormQuestionInput {
  @Field()
  id: string;

  @Field(() => QuestionKindEnum)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field({ defaultValue: '' })
  help: string;

  @Field()
  required: boolean;

  @Field({ defaultValue: false })
  retired: boolean;
}
