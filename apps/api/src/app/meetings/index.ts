// Public surface of meetings: convened meetings that decide full-review statements.
export { MeetingsModule } from './meetings.module';
export { MeetingRepository, type MeetingRecord } from './meeting.repository';
