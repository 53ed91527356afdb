// Public surface of the health feature.
export { HealthModule } from './health.module';
