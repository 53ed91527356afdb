// Public surface of the conflicts feature: the module (the records are access facts, see access/).
export { ConflictsModule } from './conflicts.module';
