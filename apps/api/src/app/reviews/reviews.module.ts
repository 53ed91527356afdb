import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NotificationsModule } from '../notifications';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { REVIEW_FORM_MODEL, reviewFormSchema } from './review-form.schema';
import { ReviewFormRepository } from './review-form.repository';
import { REVIEW_MODEL, reviewSchema } from './review.schema';
import { ReviewRepository } from './review.repository';
import { ReviewReminders } from './review-reminders';
import { ReviewResolver, SubmissionReviewsResolver, VenueReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

/** Reviews and community feedback: forms, drafts, submitted versions, visibility, release, reminders. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: REVIEW_MODEL, schema: reviewSchema },
      { name: REVIEW_FORM_MODEL, schema: reviewFormSchema },
    ]),
    SubmissionsModule,
    NotificationsModule,
    UsersModule,
    VenuesModule,
  ],
  providers: [ReviewRepository, ReviewFormRepository, ReviewsService, ReviewReminders, SubmissionReviewsResolver, ReviewResolver, VenueReviewsResolver],
  exports: [ReviewsService],
})
export class ReviewsModule {}
