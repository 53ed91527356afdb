// Public surface of amendments: the authors' requests to change an approved release plan.
export { AmendmentsModule } from './amendments.module';
