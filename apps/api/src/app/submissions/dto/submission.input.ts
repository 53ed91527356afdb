import { Field, ID, InputType } from '@nestjs/graphql';
import { ArtifactModel } from '../models/statement-content.model';
import { SubmissionLinksModel } from '../models/submission.model';

@InputType()
export class SubmissionInput {
  @Field(() => ID)
  venueId: string;

  @Field()
  title: string;

  @Field({ defaultValue: '' })
  abstract: string;

  @Field(() => SubmissionLinksModel)
  links: SubmissionLinksModel;

  @Field(() => [ArtifactModel])
  artifacts: ArtifactModel[];
}

/** Replaces the submission's metadata; the draft's release plan follows the artifacts. */
@InputType()
export class UpdateSubmissionInput {
  @Field()
  title: string;

  @Field({ defaultValue: '' })
  abstract: string;

  @Field(() => SubmissionLinksModel)
  links: SubmissionLinksModel;

  @Field(() => [ArtifactModel])
  artifacts: ArtifactModel[];
}
