// The product's vocabulary (shared/DOMAIN.md), as closed lists. Each list is the single source for
// GraphQL enums, database validation and UI labels, so a new value is added here and nowhere else.

/** A person's role at one venue; roles combine across venues. */
export const VENUE_ROLES = ['chair', 'expert_reviewer', 'community_reviewer', 'author'] as const;
export type VenueRole = (typeof VENUE_ROLES)[number];

export const VENUE_KINDS = ['conference', 'workshop'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

/** Seed 3.4 "content": things that might be released. */
export const ARTIFACT_KINDS = [
  'runnable_system',
  'modifiable_system',
  'source_code',
  'training_data',
  'trained_model',
  'paper_concept',
  'harmful_use_case_ideas',
] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/** How much power or detail an artifact carries, from a full working thing down to a description. */
export const POWER_LEVELS = ['full', 'reduced', 'description_only'] as const;
export type PowerLevel = (typeof POWER_LEVELS)[number];

/** Seed 2.1. */
export const HAZARD_KINDS = ['product_hazard', 'data_hazard', 'attention_hazard'] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Seed 2.2: the factors of the path to harm, grouped by stage. */
export const PATH_TO_HARM_FACTORS = [
  'attention_of_adversaries',
  'convincibility_of_resourced_actors',
  'talent_pipelines',
  'reproducibility',
  'modifiability',
  'slottability',
  'environmental_factors',
  'actual_roi',
  'assessment_of_roi',
] as const;
export type PathToHarmFactor = (typeof PATH_TO_HARM_FACTORS)[number];

export const PATH_TO_HARM_STAGES = ['awareness', 'deployment', 'sustained_use'] as const;
export type PathToHarmStage = (typeof PATH_TO_HARM_STAGES)[number];

export const PATH_TO_HARM_STAGE_OF: Readonly<Record<PathToHarmFactor, PathToHarmStage>> = {
  attention_of_adversaries: 'awareness',
  convincibility_of_resourced_actors: 'awareness',
  talent_pipelines: 'deployment',
  reproducibility: 'deployment',
  modifiability: 'deployment',
  slottability: 'deployment',
  environmental_factors: 'deployment',
  actual_roi: 'sustained_use',
  assessment_of_roi: 'sustained_use',
};

/** How much the work raises a path-to-harm factor. */
export const RATINGS = ['low', 'medium', 'high'] as const;
export type Rating = (typeof RATINGS)[number];

/** Seed 2.3. */
export const ACCESS_RATCHET_STAGES = [
  'theoretical_capability',
  'attention_received',
  'weaponized_or_productized',
  'in_sustained_use',
] as const;
export type AccessRatchetStage = (typeof ACCESS_RATCHET_STAGES)[number];

/** Seed 2.4. */
export const INDIRECT_HARM_KINDS = ['disinformation_ratchet', 'sociotechnical_path_dependencies'] as const;
export type IndirectHarmKind = (typeof INDIRECT_HARM_KINDS)[number];

/** Seed 3.1. */
export const MITIGATION_CHALLENGE_KINDS = ['composition', 'slow_drip', 'conflation', 'defector'] as const;
export type MitigationChallengeKind = (typeof MITIGATION_CHALLENGE_KINDS)[number];

/** Seed 3.4. */
export const MITIGATION_KINDS = [
  'consent',
  'detectability',
  'watermarking',
  'referenceability',
  'constraints_on_synthesis',
  'other',
] as const;
export type MitigationKind = (typeof MITIGATION_KINDS)[number];

/** Seed 3.4 release options. */
export const RELEASE_TIMINGS = ['immediate', 'timed', 'periodic_evaluation', 'evented', 'staged'] as const;
export type ReleaseTiming = (typeof RELEASE_TIMINGS)[number];

export const RELEASE_DISTRIBUTIONS = ['public', 'ask_for_access', 'safety_levels', 'access_communities'] as const;
export type ReleaseDistribution = (typeof RELEASE_DISTRIBUTIONS)[number];

/** Whether an artifact is released at all, and at what power. */
export const CONTENT_LEVELS = ['full', 'reduced', 'description_only', 'withheld'] as const;
export type ContentLevel = (typeof CONTENT_LEVELS)[number];

/** Seed 3.2.3: review tiers, as an IRB has. */
export const TIERS = ['exempt', 'expedited', 'full'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a statement stands: a draft is private to its authors; a submitted version is frozen. */
export const STATEMENT_STATES = ['draft', 'submitted'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];

export const INVITATION_STATES = ['pending', 'accepted', 'declined', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/**
 * Why a person must not see a submission (HotCRP's conflict types). Administrative conflicts are
 * pinned by a chair; the others are declared by an author or by the conflicted person.
 */
export const CONFLICT_TYPES = [
  'recent_collaborator',
  'advisor_advisee',
  'institutional',
  'personal',
  'other',
  'administrative',
] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];

/** Human labels for UI and emails, kept beside the values so they never drift apart. */
export const LABELS: Readonly<Record<string, string>> = {
  chair: 'Chair',
  expert_reviewer: 'Expert reviewer',
  community_reviewer: 'Community reviewer',
  author: 'Author',
  conference: 'Conference',
  workshop: 'Workshop',
  runnable_system: 'Runnable system',
  modifiable_system: 'Modifiable system',
  source_code: 'Source code',
  training_data: 'Training data',
  trained_model: 'Trained model',
  paper_concept: 'Paper / concept',
  harmful_use_case_ideas: 'Harmful use-case ideas',
  product_hazard: 'Product hazard',
  data_hazard: 'Data hazard',
  attention_hazard: 'Attention hazard',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  severe: 'Severe',
  attention_of_adversaries: 'Attention of adversaries',
  convincibility_of_resourced_actors: 'Convincibility of those with resources',
  talent_pipelines: 'Talent pipelines',
  reproducibility: 'Reproducibility',
  modifiability: 'Modifiability',
  slottability: 'Slottability',
  environmental_factors: 'Environmental factors',
  actual_roi: 'Actual return on investment',
  assessment_of_roi: 'Assessment of return on investment',
  awareness: 'Awareness',
  deployment: 'Deployment',
  sustained_use: 'Sustained use',
  theoretical_capability: 'Theoretical capability',
  attention_received: 'Attention received',
  weaponized_or_productized: 'Weaponized / productized',
  in_sustained_use: 'In sustained use',
  disinformation_ratchet: 'Disinformation ratchet',
  sociotechnical_path_dependencies: 'Sociotechnical path dependencies',
  composition: 'Composition',
  slow_drip: 'Slow drip',
  conflation: 'Conflation',
  defector: 'Defector',
  consent: 'Consent',
  detectability: 'Detectability',
  watermarking: 'Watermarking',
  referenceability: 'Referenceability',
  constraints_on_synthesis: 'Constraints on synthesis',
  other: 'Other',
  immediate: 'Immediate',
  timed: 'Timed (embargo)',
  periodic_evaluation: 'Periodic evaluation',
  evented: 'Evented',
  staged: 'Staged',
  public: 'Public',
  ask_for_access: 'Ask for access',
  safety_levels: 'Safety levels',
  access_communities: 'Access communities',
  full: 'Full',
  reduced: 'Reduced',
  description_only: 'Description only',
  withheld: 'Withheld',
  exempt: 'Exempt',
  expedited: 'Expedited',
  draft: 'Draft',
  submitted: 'Submitted',
  recent_collaborator: 'Recent collaborator',
  advisor_advisee: 'Advisor / advisee',
  institutional: 'Institutional',
  personal: 'Personal',
  administrative: 'Administrative (pinned by a chair)',
};

export function labelOf(value: string): string {
  return LABELS[value] ?? value;
}
