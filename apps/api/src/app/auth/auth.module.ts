import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { RateLimitsModule } from '../rate-limits';
import { UsersModule } from '../users';
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
