import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships/memberships.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { UsersModule } from '../users/users.module';
import { ConflictResolver, SubmissionConflictsResolver } from './conflict.resolver';
import { ConflictService } from './conflict.service';

/** Declaring and withdrawing conflicts; the records themselves are access facts (see access/). */
@Module({
  imports: [SubmissionsModule, MembershipsModule, UsersModule],
  providers: [ConflictService, ConflictResolver, SubmissionConflictsResolver],
})
export class ConflictsModule {}
