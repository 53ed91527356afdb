import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { AuditHistoryService } from './audit-history.service';
import { AuditResolver, SubmissionHistoryResolver } from './history.resolver';

/** Reading the venues' logs: history, checkpoints, exports and proofs, as the access layer allows. */
@Module({
  imports: [UsersModule],
  providers: [AuditHistoryService, AuditResolver, SubmissionHistoryResolver],
  exports: [AuditHistoryService],
})
export class HistoryModule {}
