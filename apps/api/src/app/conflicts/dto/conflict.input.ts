import { Field, ID, InputType } from '@nestjs/graphql';
import type { ConflictType } from '@impact-review/domain';
import { ConflictTypeEnum } from '../models/conflict.model';

@InputType()
export class DeclareConflictInput {
  @Field(() => ID)
  submissionId: string;

  @Field(() => ID, { description: 'The venue member (chair or reviewer) the conflict is with.' })
  userId: string;

  @Field(() => ConflictTypeEnum)
  type: ConflictType;

  @Field({ description: 'Why, in a few words (at most 500 characters).' })
  reason: string;
}

@InputType()
export class DeclareOwnConflictInput {
  @Field(() => ID)
  submissionId: string;

  @Field(() => ConflictTypeEnum)
  type: ConflictType;

  @Field({ description: 'Why, in a few words (at most 500 characters).' })
  reason: string;
}
