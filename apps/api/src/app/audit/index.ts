// Public surface of the audit feature: record events with a change, then tell the log. The
// pending-event helpers come first: schemas of other features use them while this barrel loads.
export { auditEvent, auditedSchema, changedFields, withEvents, type PendingEvent } from './pending-events';
export { AuditLogRepository, type AuditEntryRecord } from './audit-log.repository';
export { AuditLog, logOrigin } from './audit-log.service';
export { AuditModule } from './audit.module';
