// Public surface of the venue-jobs feature: the chairs' page of a venue's jobs.
export { VenueJobsModule } from './venue-jobs.module';
