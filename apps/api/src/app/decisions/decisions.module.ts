import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ApprovalsModule } from '../approvals';
import { ReviewsModule } from '../reviews';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { DecisionSettingsRepository } from './decision-settings.repository';
import { DECISION_SETTINGS_MODEL, decisionSettingsSchema } from './decision-settings.schema';
import { DecisionResolver, SubmissionDecisionResolver, VenueDecisionSettingsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';

/** Decisions with conditions and a decided release plan, their letters, and the approvals they create. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: DECISION_SETTINGS_MODEL, schema: decisionSettingsSchema }]),
    ApprovalsModule,
    SubmissionsModule,
    ReviewsModule,
    UsersModule,
    VenuesModule,
  ],
  providers: [DecisionSettingsRepository, DecisionsService, SubmissionDecisionResolver, DecisionResolver, VenueDecisionSettingsResolver],
  exports: [DecisionsService],
})
export class DecisionsModule {}
