// Public surface of the rate limits feature.
export { clientNetwork } from './client-network';
export { RateLimiter, type RateCounter } from './rate-limiter';
export { RateLimitsModule } from './rate-limits.module';
