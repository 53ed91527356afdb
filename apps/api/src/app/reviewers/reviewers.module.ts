import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { ReviewerProfileRepository } from './reviewer-profile.repository';
import { ReviewerProfileResolver, VenueReviewerProfilesResolver } from './reviewer-profile.resolver';
import { REVIEWER_PROFILE_MODEL, reviewerProfileSchema } from './reviewer-profile.schema';
import { ReviewerProfileService } from './reviewer-profile.service';

/** The reviewer pool: profiles at each venue (expertise, affiliations, communities, load). */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: REVIEWER_PROFILE_MODEL, schema: reviewerProfileSchema }]),
    UsersModule,
    VenuesModule,
  ],
  providers: [
    ReviewerProfileRepository,
    ReviewerProfileService,
    ReviewerProfileResolver,
    VenueReviewerProfilesResolver,
  ],
  exports: [ReviewerProfileRepository],
})
export class ReviewersModule {}
