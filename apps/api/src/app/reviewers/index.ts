// Public surface of the reviewers feature: the reviewer pool's profiles.
export { ReviewersModule } from './reviewers.module';
export { ReviewerProfileRepository, type ReviewerProfileRecord } from './reviewer-profile.repository';
