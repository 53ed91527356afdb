import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RateLimiter } from './rate-limiter';
import { RATE_WINDOW_MODEL, rateWindowSchema } from './rate-window.schema';
import { RateWindowRepository } from './rate-window.repository';

/** Database-backed rate limits (sign-in failures, account mails), shared by every API process. */
@Module({
  imports: [MongooseModule.forFeature([{ name: RATE_WINDOW_MODEL, schema: rateWindowSchema }])],
  providers: [RateWindowRepository, RateLimiter],
  exports: [RateLimiter],
})
export class RateLimitsModule {}
