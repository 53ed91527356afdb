import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AUDIT_ENTRY_MODEL, auditEntrySchema } from './audit-entry.schema';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLog } from './audit-log.service';

/**
 * Writing the venues' tamper-evident logs; global, because every feature records its changes.
 * Reading them (history, export, proofs) is the history feature, which sits above the access layer.
 */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_ENTRY_MODEL, schema: auditEntrySchema }])],
  providers: [AuditLogRepository, AuditLog],
  exports: [AuditLog, AuditLogRepository],
})
export class AuditModule {}
