// Public surface of the domain library: the vocabulary and statement contract, plus the pure rules
// the API and the web share, so both always decide the same way.
export * from './vocabulary/vocabulary';
export * from './statement/impact-statement.types';
export * from './shared/field-checks.util';
export * from './statement/statement-content.factory';
export * from './statement/statement.validation';
export * from './statement/statement.comparison';
export * from './statement/statement.lifecycle';
export * from './tier/tier.rubric';
export * from './tier/tier-decision';
export * from './tier/tier-policy.rules';
export * from './reviewer/reviewer-profile.rules';
export * from './reviewer/pool-import.rules';
export * from './venue/venue.rules';
export * from './policy/access.policy';
export * from './conflict/conflict.rules';
export * from './account/account.rules';
export * from './invitation/invitation.rules';
export * from './submission/submission.rules';
export * from './shared/text.rules';
export * from './shared/error-codes';
export * from './site/site-permissions';
export * from './venue/affiliation.rules';
export * from './notification/notification.rules';
export * from './jobs/job.rules';
export * from './jobs/cron-schedule';
export * from './audit/audit-events';
