// Public surface of decisions: the committee's decision on a statement, its letter, and the approval it creates.
export { DecisionsModule } from './decisions.module';
export { DecisionsService, type DecisionInputValue } from './decisions.service';
