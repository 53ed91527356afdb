import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The answer to a request for an account mail; the same whether or not an account uses the address.',
})
export class MailSent {
  @Field()
  email: string;

  @Field({ description: 'What to tell the person.' })
  message: string;
}

@ObjectType({ description: 'What a sign-up link offers.' })
export class SignUpLink {
  @Field({ description: 'The address the account will have.' })
  email: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field({
    description: 'An account was created for this address since the link was sent (sign in instead).',
  })
  accountExists: boolean;
}

@ObjectType({ description: 'What a password reset link offers.' })
export class PasswordResetLink {
  @Field()
  email: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
