import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AUDIT_ENTRY_MODEL, auditEntrySchema } from './audit-entry.schema';
import { AuditLogRepository } from './audit-log.repository';
import { UsersModule } from '../users/users.module';
import { AuditHistoryService } from './audit-history.service';
import { AuditLog } from './audit-log.service';
import { AuditResolver, SubmissionHistoryResolver } from './audit.resolver';

/** The venues' tamper-evident logs; global, because every feature records its changes. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_ENTRY_MODEL, schema: auditEntrySchema }]), UsersModule],
  providers: [AuditLogRepository, AuditLog, AuditHistoryService, AuditResolver, SubmissionHistoryResolver],
  exports: [AuditLog, AuditLogRepository],
})
export class AuditModule {}
