// Public surface of the audit feature: record events with a change, then tell the log.
export { AuditModule } from './audit.module';
export { AuditLog, logOrigin } from './audit-log.service';
export { auditEvent, changedFields, type PendingEvent } from './pending-events';
