// Amendments: the authors ask to change an approved release plan (an earlier release, a new
// artifact, a wider distribution, more of an artifact), with their reason. An amendment is reviewed
// as expedited by default: a chair decides it. The tier rubric raises it to full review when the
// amended plan scores as full tier and scores more than the approved one; then the reviewers of
// record must recommend before a chair decides. The approved plan and conditions change only
// through an approving decision. Nothing here reads or writes.
import { CONTENT_LEVELS, type Tier } from '../vocabulary/vocabulary';
import type { Artifact, FieldError, ImpactStatementContent, ReleasePlanItem } from '../statement/impact-statement.types';
import { validateArtifacts, validateReleasePlan } from '../statement/statement.validation';
import { compareReleasePlans } from '../decision/release-plan-comparison.rules';
import { suggestTier } from '../tier/tier.rubric';

export const AMENDMENT_STATES = ['requested', 'approved', 'declined', 'withdrawn'] as const;
export type AmendmentState = (typeof AMENDMENT_STATES)[number];

export const AMENDMENT_STATE_LABELS: Readonly<Record<AmendmentState, string>> = {
  requested: 'Under review',
  approved: 'Approved',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const AMENDMENT_CHANGE_KINDS = ['earlier_release', 'new_artifact', 'wider_distribution', 'more_content', 'other_change'] as const;
export type AmendmentChangeKind = (typeof AMENDMENT_CHANGE_KINDS)[number];

export const AMENDMENT_CHANGE_LABELS: Readonly<Record<AmendmentChangeKind, string>> = {
  earlier_release: 'An earlier release',
  new_artifact: 'A new artifact',
  wider_distribution: 'A wider distribution',
  more_content: 'More of an artifact released',
  other_change: 'Another change',
};

export const AMENDMENT_DECISIONS = ['approve', 'decline'] as const;
export type AmendmentDecision = (typeof AMENDMENT_DECISIONS)[number];

export const AMENDMENT_DECISION_LABELS: Readonly<Record<AmendmentDecision, string>> = {
  approve: 'Approve the amendment',
  decline: 'Decline the amendment',
};

/** What the authors ask: the whole plan as they want it, and the artifacts it adds. */
export interface AmendmentProposal {
  readonly reason: string;
  readonly releasePlan: readonly ReleasePlanItem[];
  readonly newArtifacts: readonly Artifact[];
}

export interface AmendmentChange {
  readonly kind: AmendmentChangeKind;
  readonly artifactKey: string;
}

export const MIN_AMENDMENT_REASON = 10;
export const MAX_AMENDMENT_REASON = 4000;
export const MAX_NEW_ARTIFACTS = 10;

/** Wider is later in these lists: who may obtain it (public is everyone), and how much of it. */
const DISTRIBUTION_WIDTH: readonly string[] = ['access_communities', 'safety_levels', 'ask_for_access', 'public'];
const CONTENT_AMOUNT: readonly string[] = [...CONTENT_LEVELS].reverse();

function firstDate(item: ReleasePlanItem): string | null {
  if (item.timing === 'immediate' || item.timing === 'periodic_evaluation') return '';
  if (item.timing === 'timed') return item.embargoUntil;
  if (item.timing === 'staged') return item.stages.map((s) => s.opensOn).find((d): d is string => !!d) ?? null;
  return null;
}

function earlier(before: ReleasePlanItem, after: ReleasePlanItem): boolean {
  if (after.timing === 'immediate' && before.timing !== 'immediate') return true;
  const a = firstDate(before);
  const b = firstDate(after);
  if (a !== null && b !== null && b < a) return true;
  // A stage brought forward.
  if (before.timing === 'staged' && after.timing === 'staged')
    return after.stages.some((s, i) => {
      const was = before.stages[i]?.opensOn;
      return !!s.opensOn && !!was && s.opensOn < was;
    });
  return false;
}

/** What the amendment changes, artifact by artifact (for the request's summary and the tier). */
export function amendmentChanges(current: readonly ReleasePlanItem[], proposed: readonly ReleasePlanItem[], newArtifacts: readonly Artifact[]): AmendmentChange[] {
  const added = new Set(newArtifacts.map((a) => a.key));
  const changes: AmendmentChange[] = [];
  for (const row of compareReleasePlans(current, proposed)) {
    const key = row.artifactKey;
    if (row.status === 'added') changes.push({ kind: added.has(key) ? 'new_artifact' : 'other_change', artifactKey: key });
    if (row.status === 'dropped') changes.push({ kind: 'other_change', artifactKey: key });
    if (row.status !== 'changed' || !row.proposed || !row.decided) continue;
    const before = row.proposed;
    const after = row.decided;
    const kinds: AmendmentChangeKind[] = [];
    if (earlier(before, after)) kinds.push('earlier_release');
    if (DISTRIBUTION_WIDTH.indexOf(after.distribution) > DISTRIBUTION_WIDTH.indexOf(before.distribution)) kinds.push('wider_distribution');
    if (CONTENT_AMOUNT.indexOf(after.contentLevel) > CONTENT_AMOUNT.indexOf(before.contentLevel)) kinds.push('more_content');
    if (kinds.length === 0) kinds.push('other_change');
    for (const kind of kinds) changes.push({ kind, artifactKey: key });
  }
  return changes;
}

/**
 * Every reason the amendment cannot be requested. Items the amendment leaves as approved are not
 * held to today's date (an embargo that lifted since is not an error).
 */
export function validateAmendment(proposal: AmendmentProposal, context: { readonly currentPlan: readonly ReleasePlanItem[]; readonly artifacts: readonly Artifact[]; readonly now: Date }): FieldError[] {
  const errors: FieldError[] = [];
  const reason = proposal.reason.trim();
  if (reason.length < MIN_AMENDMENT_REASON)
    errors.push({ path: 'reason', message: `Say why you ask for this change, in a sentence or more (at least ${MIN_AMENDMENT_REASON} characters).` });
  else if (reason.length > MAX_AMENDMENT_REASON)
    errors.push({ path: 'reason', message: `Keep the reason under ${MAX_AMENDMENT_REASON.toLocaleString('en')} characters.` });
  if (proposal.newArtifacts.length > MAX_NEW_ARTIFACTS)
    errors.push({ path: 'newArtifacts', message: `Add at most ${MAX_NEW_ARTIFACTS} artifacts in one amendment.` });
  if (proposal.newArtifacts.length > 0) {
    const known = new Set(context.artifacts.map((a) => a.key));
    errors.push(...validateArtifacts([...proposal.newArtifacts]).map((e) => ({ ...e, path: e.path.replace(/^artifacts/, 'newArtifacts') })));
    proposal.newArtifacts.forEach((a, i) => {
      if (known.has(a.key)) errors.push({ path: `newArtifacts.${i}.key`, message: 'An approved artifact already uses this key; choose another.' });
    });
  }
  const current = new Map(context.currentPlan.map((item) => [item.artifactKey, item]));
  const planErrors = validateReleasePlan(proposal.releasePlan, [...context.artifacts, ...proposal.newArtifacts], context.now).filter((e) => {
    const match = /^releasePlan\.(\d+)\.embargoUntil$/.exec(e.path);
    const item = match ? proposal.releasePlan[Number(match[1])] : undefined;
    return !(item && current.get(item.artifactKey)?.embargoUntil === item.embargoUntil);
  });
  errors.push(...planErrors);
  if (planErrors.length === 0 && proposal.newArtifacts.length === 0 && amendmentChanges(context.currentPlan, proposal.releasePlan, []).length === 0)
    errors.push({ path: 'releasePlan', message: 'This is the approved plan: change something, or cancel.' });
  return errors;
}

export interface AmendmentTier {
  readonly tier: Extract<Tier, 'expedited' | 'full'>;
  /** Why the rubric raised it (the answers the amended plan adds), empty when expedited. */
  readonly reasons: readonly string[];
}

/**
 * Expedited by default; full when the amended plan scores as full tier and scores more than the
 * approved one (a change that adds no risk by the rubric stays expedited).
 */
export function amendmentTier(input: {
  readonly content: ImpactStatementContent;
  readonly artifacts: readonly Artifact[];
  readonly releasePlan: readonly ReleasePlanItem[];
  readonly newArtifacts: readonly Artifact[];
}): AmendmentTier {
  const before = suggestTier({ ...input.content, releasePlan: [...input.content.releasePlan] }, [...input.artifacts]);
  const after = suggestTier({ ...input.content, releasePlan: [...input.releasePlan] }, [...input.artifacts, ...input.newArtifacts]);
  const known = new Set(before.drivers.map((d) => `${d.answer}|${d.floor ?? ''}`));
  const added = after.drivers.filter((d) => !known.has(`${d.answer}|${d.floor ?? ''}`));
  const floorAdded = added.some((d) => d.floor === 'full');
  if (after.tier === 'full' && (after.score > before.score || floorAdded))
    return { tier: 'full', reasons: added.map((d) => `${d.answer}: ${d.reason}`) };
  return { tier: 'expedited', reasons: [] };
}

/** How many recommendations a full-tier amendment needs before a chair decides: two, or every reviewer of record when fewer. */
export function recommendationsNeeded(tier: AmendmentTier['tier'], reviewersOfRecord: number): number {
  return tier === 'full' ? Math.min(2, reviewersOfRecord) : 0;
}

/** Whether a chair may decide now, and the reason a decline needs. */
export function amendmentDecisionErrors(input: {
  readonly decision: AmendmentDecision;
  readonly reason: string;
  readonly tier: AmendmentTier['tier'];
  readonly recommendations: number;
  readonly reviewersOfRecord: number;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (!(AMENDMENT_DECISIONS as readonly string[]).includes(input.decision)) errors.push({ path: 'decision', message: 'Choose to approve or decline.' });
  const needed = recommendationsNeeded(input.tier, input.reviewersOfRecord);
  if (input.recommendations < needed)
    errors.push({
      path: 'decision',
      message: `This amendment needs full review: wait for ${needed} recommendations from the reviewers of record (${input.recommendations} so far).`,
    });
  const reason = input.reason.trim();
  if (input.decision === 'decline' && reason.length < MIN_AMENDMENT_REASON)
    errors.push({ path: 'reason', message: `Tell the authors why, in a sentence or more (at least ${MIN_AMENDMENT_REASON} characters).` });
  else if (reason.length > MAX_AMENDMENT_REASON) errors.push({ path: 'reason', message: `Keep the reason under ${MAX_AMENDMENT_REASON.toLocaleString('en')} characters.` });
  return errors;
}

/** A reviewer of record's recommendation on an amendment. */
export function validateAmendmentRecommendation(input: { readonly decision: AmendmentDecision; readonly comment: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!(AMENDMENT_DECISIONS as readonly string[]).includes(input.decision)) errors.push({ path: 'decision', message: 'Choose what you recommend.' });
  const comment = input.comment.trim();
  if (comment.length < MIN_AMENDMENT_REASON)
    errors.push({ path: 'comment', message: `Say why, in a sentence or more (at least ${MIN_AMENDMENT_REASON} characters).` });
  else if (comment.length > MAX_AMENDMENT_REASON) errors.push({ path: 'comment', message: `Keep this under ${MAX_AMENDMENT_REASON.toLocaleString('en')} characters.` });
  return errors;
}

/** Whether an approval in `state` takes amendment requests: while it holds (not suspended, ended or lapsed). */
export function approvalTakesAmendments(state: string): boolean {
  return state === 'active' || state === 'under_reevaluation';
}

