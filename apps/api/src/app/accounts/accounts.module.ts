import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '../auth';
import { InvitationsModule } from '../invitations';
import { RateLimitsModule } from '../rate-limits';
import { UsersModule } from '../users';
import { AccountHousekeeping } from './account-housekeeping';
import { ACCOUNT_TOKEN_MODEL, accountTokenSchema } from './account-token.schema';
import { AccountTokenRepository } from './account-token.repository';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';

/** Sign-up by verified email and password reset by email. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: ACCOUNT_TOKEN_MODEL, schema: accountTokenSchema }]),
    AuthModule,
    UsersModule,
    RateLimitsModule,
    InvitationsModule,
  ],
  providers: [AccountTokenRepository, AccountService, AccountResolver, AccountHousekeeping],
})
export class AccountsModule {}
