import { registerEnumType } from '@nestjs/graphql';
import {
  ACCESS_RATCHET_STAGES,
  ARTIFACT_KINDS,
  CONTENT_LEVELS,
  HAZARD_KINDS,
  INDIRECT_HARM_KINDS,
  MITIGATION_CHALLENGE_KINDS,
  MITIGATION_KINDS,
  PATH_TO_HARM_FACTORS,
  POWER_LEVELS,
  RATINGS,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  SEVERITIES,
  STATEMENT_SECTIONS,
  SUBMISSION_PHASES,
  TIERS,
} from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import {
  COMPARED_SECTIONS,
  SORT_DIRECTIONS,
  SUBMISSION_SORT_FIELDS,
  TIER_STATUSES,
} from '@impact-review/domain';

// Every enum of the submissions feature, generated from the domain vocabulary lists.
export const ArtifactKindEnum = enumFromValues(ARTIFACT_KINDS);
registerEnumType(ArtifactKindEnum, {
  name: 'ArtifactKind',
  description: 'What kind of thing an artifact is (seed 3.4).',
});

export const PowerLevelEnum = enumFromValues(POWER_LEVELS);
registerEnumType(PowerLevelEnum, {
  name: 'PowerLevel',
  description: 'How much power or detail an artifact carries.',
});

export const HazardKindEnum = enumFromValues(HAZARD_KINDS);
registerEnumType(HazardKindEnum, { name: 'HazardKind' });

export const SeverityEnum = enumFromValues(SEVERITIES);
registerEnumType(SeverityEnum, { name: 'Severity' });

export const PathToHarmFactorEnum = enumFromValues(PATH_TO_HARM_FACTORS);
registerEnumType(PathToHarmFactorEnum, { name: 'PathToHarmFactor' });

export const RatingEnum = enumFromValues(RATINGS);
registerEnumType(RatingEnum, { name: 'Rating' });

export const AccessRatchetStageEnum = enumFromValues(ACCESS_RATCHET_STAGES);
registerEnumType(AccessRatchetStageEnum, { name: 'AccessRatchetStage' });

export const IndirectHarmKindEnum = enumFromValues(INDIRECT_HARM_KINDS);
registerEnumType(IndirectHarmKindEnum, { name: 'IndirectHarmKind' });

export const MitigationChallengeKindEnum = enumFromValues(MITIGATION_CHALLENGE_KINDS);
registerEnumType(MitigationChallengeKindEnum, { name: 'MitigationChallengeKind' });

export const MitigationKindEnum = enumFromValues(MITIGATION_KINDS);
registerEnumType(MitigationKindEnum, { name: 'MitigationKind' });

export const ContentLevelEnum = enumFromValues(CONTENT_LEVELS);
registerEnumType(ContentLevelEnum, { name: 'ContentLevel' });

export const ReleaseTimingEnum = enumFromValues(RELEASE_TIMINGS);
registerEnumType(ReleaseTimingEnum, { name: 'ReleaseTiming' });

export const ReleaseDistributionEnum = enumFromValues(RELEASE_DISTRIBUTIONS);
registerEnumType(ReleaseDistributionEnum, { name: 'ReleaseDistribution' });

export const StatementSectionEnum = enumFromValues(STATEMENT_SECTIONS);
registerEnumType(StatementSectionEnum, {
  name: 'StatementSection',
  description: 'A section of the impact statement, in editor order.',
});

export const ComparedSectionEnum = enumFromValues(COMPARED_SECTIONS);
registerEnumType(ComparedSectionEnum, {
  name: 'ComparedSection',
  description: 'What a version comparison covers: the submission details, then each statement section.',
});

export const TierEnum = enumFromValues(TIERS);
registerEnumType(TierEnum, { name: 'Tier', description: 'Review tier, as an IRB has (seed 3.2.3).' });

export const TierStatusEnum = enumFromValues(TIER_STATUSES);
registerEnumType(TierStatusEnum, {
  name: 'TierStatus',
  description:
    "awaiting_submission: no version yet; suggested: no decision yet; needs_confirmation: the latest version's suggestion differs from the tier decided for an earlier version, so a chair must decide again; confirmed / overridden: the decision stands.",
});

export const SubmissionPhaseEnum = enumFromValues(SUBMISSION_PHASES);
registerEnumType(SubmissionPhaseEnum, {
  name: 'SubmissionPhase',
  description:
    'draft: never submitted; submitted: latest version frozen, no draft; revising: a draft is open on a submitted version.',
});

export const SubmissionSortFieldEnum = enumFromValues(SUBMISSION_SORT_FIELDS);
registerEnumType(SubmissionSortFieldEnum, { name: 'SubmissionSortField' });

export const SortDirectionEnum = enumFromValues(SORT_DIRECTIONS);
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });
