// Public surface of incidents: the public release registry and incident reports from anyone.
export { IncidentsModule } from './incidents.module';
