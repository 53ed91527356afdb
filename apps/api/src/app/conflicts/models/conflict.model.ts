import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONFLICT_TYPES, type ConflictType } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const ConflictTypeEnum = enumFromValues(CONFLICT_TYPES);
registerEnumType(ConflictTypeEnum, {
  name: 'ConflictType',
  description: "HotCRP's conflict types; administrative conflicts are pinned by a chair.",
});

@ObjectType({ description: 'A venue member who must not see a submission, who said so and why.' })
export class Conflict {
  @Field(() => ID)
  id: string;

  @Field(() => ConflictTypeEnum)
  type: ConflictType;

  @Field({ description: 'The type in words, for people.' })
  typeLabel: string;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  declaredAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set once the conflict was withdrawn.' })
  withdrawnAt: Date | null;

  @Field(() => Int, { description: 'Pass to withdrawConflict.' })
  revision: number;

  // Resolved to person and declaredBy by ConflictResolver.
  userId: string;
  declaredById: string;
  venueId: string;
  submissionId: string;
}
