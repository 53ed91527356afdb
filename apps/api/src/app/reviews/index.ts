// Public surface of reviews: the reviews of a statement as each reader may see them, and their release.
export { ReviewsModule } from './reviews.module';
export { ReviewsService, roundOf, type VisibleReview } from './reviews.service';
