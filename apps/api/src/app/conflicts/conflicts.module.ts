import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { ConflictResolver, SubmissionConflictsResolver } from './conflict.resolver';
import { ConflictService } from './conflict.service';

/** Declaring and withdrawing conflicts; the records themselves are access facts (see access/). */
@Module({
  imports: [SubmissionsModule, MembershipsModule, UsersModule],
  providers: [ConflictService, ConflictResolver, SubmissionConflictsResolver],
})
export class ConflictsModule {}
