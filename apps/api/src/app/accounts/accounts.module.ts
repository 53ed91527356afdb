import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '../auth/auth.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { UsersModule } from '../users/users.module';
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
