import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  /** Only ever resolved for the person themself or a chair who needs it (see field guards). */
  @Field(() => String, { nullable: true, description: 'Visible to the person themself and to chairs of a venue they belong to.' })
  email: string | null;
}
