import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer, Viewers } from '../auth';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { clientNetwork } from '../rate-limits';
import { AccountService } from './account.service';
import { CompleteSignUpInput, ResetPasswordInput } from './dto/account.input';
import { MailSent, PasswordResetLink, SignUpLink } from './models/account-link.model';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly viewers: Viewers,
  ) {}

  @Public()
  @Mutation(() => MailSent, {
    description:
      'Starts a sign-up: mails the address a single-use link (or, if it has an account, how to sign in). Same answer either way.',
  })
  requestSignUp(@Args('email') email: string, @Ctx() ctx: RequestContext): Promise<MailSent> {
    return this.accounts.requestSignUp(email, { network: clientNetwork(ctx.req.ip) });
  }

  @Public()
  @Query(() => SignUpLink, {
    description: 'What a sign-up link offers; NOT_FOUND when it is unknown, used or expired.',
  })
  signUpLink(@Args('token') token: string): Promise<SignUpLink> {
    return this.accounts.signUpLink(token);
  }

  @Public()
  @Mutation(() => Viewer, {
    description:
      'Creates the account for the address a sign-up link was sent to, and signs in. The link works once.',
  })
  async completeSignUp(
    @Args('input') input: CompleteSignUpInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Viewer> {
    return this.viewers.signIn(ctx, await this.accounts.completeSignUp(input, ctx.sessionToken));
  }

  @Public()
  @Mutation(() => MailSent, {
    description:
      'Mails a single-use link to choose a new password. Same answer whether or not an account uses the address.',
  })
  requestPasswordReset(@Args('email') email: string, @Ctx() ctx: RequestContext): Promise<MailSent> {
    return this.accounts.requestPasswordReset(email, { network: clientNetwork(ctx.req.ip) });
  }

  @Public()
  @Query(() => PasswordResetLink, {
    description: 'What a password reset link offers; NOT_FOUND when it is unknown, used or expired.',
  })
  passwordResetLink(@Args('token') token: string): Promise<PasswordResetLink> {
    return this.accounts.passwordResetLink(token);
  }

  @Public()
  @Mutation(() => Viewer, {
    description:
      'Sets a new password with a reset link, ends all other sessions of the account and signs in.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    return this.viewers.signIn(ctx, await this.accounts.resetPassword(input));
  }
}
