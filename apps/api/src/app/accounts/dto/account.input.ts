import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CompleteSignUpInput {
  @Field({ description: 'The token from the sign-up link.' })
  token: string;

  @Field()
  name: string;

  @Field()
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the password reset link.' })
  token: string;

  @Field()
  password: string;
}
