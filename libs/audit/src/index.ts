// Public surface of the audit library (server side: uses node:crypto).
export * from './canonical-json';
export * from './merkle';
export * from './checkpoint';
export * from './log-writer';
