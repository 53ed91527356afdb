// Public surface of calendar feeds: private .ics feeds of people and venues.
export { CalendarModule } from './calendar.module';
