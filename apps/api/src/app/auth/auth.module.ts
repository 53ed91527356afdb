import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships/memberships.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionGuard } from './session.guard';
import { SESSION_MODEL, sessionSchema } from './session.schema';
import { SessionRepository } from './session.repository';
import { Viewers } from './viewers';

@Module({
  imports: [MongooseModule.forFeature([{ name: SESSION_MODEL, schema: sessionSchema }]), UsersModule, MembershipsModule, RateLimitsModule],
  providers: [AuthResolver, AuthService, Viewers, SessionRepository, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, Viewers, SessionRepository],
})
export class AuthModule {}
