import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InvitationsModule } from '../invitations';
import { MembershipsModule } from '../memberships';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { PoolImportRepository } from './pool-import.repository';
import { POOL_IMPORT_MODEL, poolImportSchema } from './pool-import.schema';
import { PoolImportService } from './pool-import.service';
import { ReviewerProfileRepository } from './reviewer-profile.repository';
import { ReviewerProfileResolver, VenueReviewerProfilesResolver } from './reviewer-profile.resolver';
import { REVIEWER_PROFILE_MODEL, reviewerProfileSchema } from './reviewer-profile.schema';
import { ReviewerProfileService } from './reviewer-profile.service';

/** The reviewer pool: profiles at each venue (expertise, affiliations, communities, load), and its bulk import. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: REVIEWER_PROFILE_MODEL, schema: reviewerProfileSchema },
      { name: POOL_IMPORT_MODEL, schema: poolImportSchema },
    ]),
    MembershipsModule,
    UsersModule,
    VenuesModule,
    InvitationsModule,
  ],
  providers: [
    ReviewerProfileRepository,
    ReviewerProfileService,
    PoolImportService,
    PoolImportRepository,
    ReviewerProfileResolver,
    VenueReviewerProfilesResolver,
  ],
  exports: [ReviewerProfileRepository],
})
export class ReviewersModule {}
