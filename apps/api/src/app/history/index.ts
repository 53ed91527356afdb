// Public surface of the history feature: reading the venues' logs (the audit feature writes them).
export { HistoryModule } from './history.module';
export { AuditHistoryService } from './audit-history.service';
