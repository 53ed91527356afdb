import { Field, ID, InputType } from '@nestjs/graphql';
import { ArtifactModel, StatementContentModel } from '../models/statement-content.model';
import { SubmissionDetailsFields, SubmissionLinksModel } from '../models/submission.model';

@InputType({ description: 'Registers work at a venue: the first draft of its details.' })
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

/**
 * Everything the authors edit, saved as one draft: the details and the statement. The release
 * plan follows the artifacts (one item per artifact, in artifact order).
 */
@InputType()
export class DraftInput extends SubmissionDetailsFields {
  @Field(() => StatementContentModel)
  content: StatementContentModel;
}
