// The committee's decision on the latest version, as a chair records it: an outcome the tier's
// review may reach, the conditions of an approval with conditions, the release plan an approval
// holds the authors to (beside theirs), and a reason when the policy's reviews are missing. The
// domain's checkDecision runs first with the server's messages; the server's own field errors land
// on the same inputs. An expedited "not approved" is not recorded: the statement goes to full review.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  checkDecision,
  createsApproval,
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  MIN_WITHOUT_REVIEWS_REASON,
  missingReviewsText,
  ruleOnProposedOutcome,
} from '@impact-review/domain';
import type {
  Artifact,
  ConditionLibraryEntry,
  DecisionOutcome,
  ReleasePlanItem,
  Tier,
  TierPolicy,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import { unplacedProblems, type FieldProblem } from '../../lib/errors';
import { fieldId } from '../../lib/fieldIds';
import { CLIENT_CHECK_MESSAGE, useMutationForm } from '../../lib/useMutationForm';
import { ConditionsEditor, conditionPaths, newConditionKey, type ConditionDraft } from './ConditionsEditor';
import { DecidedPlanEditor, planPaths } from './DecidedPlanEditor';
import { RecordDecisionMutation } from './decisions.operations';
import { plainPlan } from './planParts';

export interface DecisionDraft {
  outcome: DecisionOutcome | '';
  conditions: ConditionDraft[];
  releasePlan: ReleasePlanItem[];
  withoutReviewsReason: string;
}

export interface DecisionFormContext {
  submissionId: string;
  /** The statement's revision, sent back as expectedRevision. */
  revision: number;
  latestVersion: number;
  tier: Tier;
  policy: TierPolicy;
  /** Submitted reviews by kind, when the page could count them (else the server's check decides). */
  submittedReviews: { expert: number; community: number } | null;
  artifacts: readonly Artifact[];
  /** The authors' plan in the latest version. */
  proposedPlan: readonly ReleasePlanItem[];
  library: readonly ConditionLibraryEntry[];
  /** YYYY-MM-DD in the venue's zone. */
  today: string;
}

export interface RecordedResult {
  referredToFull: boolean;
  referral: string | null;
}

const OUTCOME_HINTS: Readonly<Record<DecisionOutcome, string>> = {
  exempt: 'Minimal risk: no further review, and no continuing review.',
  approved: 'The authors release as the decided plan says; the approval is subject to continuing review.',
  approved_with_conditions: 'Approved only while the conditions below are met.',
  revise_and_resubmit: 'The authors revise the statement and submit it again.',
  not_approved: 'The artifacts may not be released with the venue’s approval.',
};

/** A new decision starts from the authors' plan; nothing else is chosen for the committee. */
export function emptyDraft(proposedPlan: readonly ReleasePlanItem[]): DecisionDraft {
  return { outcome: '', conditions: [], releasePlan: plainPlan(proposedPlan), withoutReviewsReason: '' };
}

/** A recorded decision back as a draft, to change it before the letter goes out. */
export function draftOf(
  decision: {
    outcome: DecisionOutcome;
    conditions: readonly {
      libraryId: string | null;
      text: string;
      artifactKey: string | null;
      dueOn: string | null;
    }[];
    releasePlan: readonly ReleasePlanItem[];
    withoutReviewsReason: string;
  },
  proposedPlan: readonly ReleasePlanItem[],
): DecisionDraft {
  return {
    outcome: decision.outcome,
    conditions: decision.conditions.map((c) => ({
      key: newConditionKey(),
      libraryId: c.libraryId,
      text: c.text,
      artifactKey: c.artifactKey ?? '',
      dueOn: c.dueOn ?? '',
    })),
    releasePlan: plainPlan(decision.releasePlan.length > 0 ? decision.releasePlan : proposedPlan),
    withoutReviewsReason: decision.withoutReviewsReason,
  };
}

/** The decision as the API takes it: conditions only with conditions, a plan only with an approval. */
export function decisionInput(draft: DecisionDraft) {
  const outcome = draft.outcome as DecisionOutcome;
  return {
    outcome,
    conditions:
      outcome === 'approved_with_conditions'
        ? draft.conditions.map((c) => ({
            libraryId: c.libraryId,
            text: c.text.trim(),
            artifactKey: c.artifactKey || null,
            dueOn: c.dueOn || null,
          }))
        : [],
    releasePlan: createsApproval(outcome) ? plainPlan(draft.releasePlan) : [],
    withoutReviewsReason: draft.withoutReviewsReason.trim(),
  };
}

/** The domain's check of the draft, with its paths as this form names them. */
export function decisionProblems(
  draft: DecisionDraft,
  context: DecisionFormContext,
  now: Date,
): FieldProblem[] {
  const input = decisionInput(draft);
  const check = checkDecision(
    {
      outcome: input.outcome,
      conditions: input.conditions.map((c) => ({
        libraryId: c.libraryId,
        text: c.text,
        artifactId: c.artifactKey,
        dueOn: c.dueOn,
      })),
      releasePlan: input.releasePlan,
      withoutReviewsReason: input.withoutReviewsReason,
    },
    {
      tier: context.tier,
      policy: context.policy,
      // Without counts the page cannot tell what is missing; the server checks it.
      submittedReviews: context.submittedReviews ?? {
        expert: Number.MAX_SAFE_INTEGER,
        community: Number.MAX_SAFE_INTEGER,
      },
      artifacts: context.artifacts,
      today: context.today,
      now,
      library: context.library,
      viaMeeting: false,
    },
  );
  if (check.kind !== 'invalid') return [];
  // Conditions name their artifact by key in the API, as here.
  return check.errors.map((e) => ({
    ...e,
    path: e.path.replace(/^(conditions\.\d+)\.artifactId$/, '$1.artifactKey'),
  }));
}

export function DecisionForm({
  context,
  initial,
  onRecorded,
  onCancel,
}: {
  context: DecisionFormContext;
  initial: DecisionDraft;
  onRecorded: (result: RecordedResult) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<DecisionDraft>(initial);
  const [record] = useMutation(RecordDecisionMutation);
  const form = useMutationForm();
  const { tier, policy } = context;
  const outcome = draft.outcome;
  const missing = context.submittedReviews ? missingReviewsText(tier, policy, context.submittedReviews) : '';
  const reasonError = form.errorFor('withoutReviewsReason');
  const showReason = missing !== '' || Boolean(reasonError) || draft.withoutReviewsReason.trim() !== '';
  // Outcomes this tier's review can never reach are not offered; "not approved" in a review that
  // cannot disapprove is, because recording it refers the statement to full review.
  const outcomes = DECISION_OUTCOMES.filter((o) => ruleOnProposedOutcome(tier, o, policy).kind !== 'refused');
  const refers = (o: DecisionOutcome) => ruleOnProposedOutcome(tier, o, policy).kind === 'refer_to_full';
  const outcomeError = form.errorFor('outcome');

  const change = <K extends keyof DecisionDraft>(key: K, value: DecisionDraft[K], path: string = key) => {
    setDraft((current) => ({ ...current, [key]: value }));
    form.clearField(path);
  };
  const shownPaths = [
    'outcome',
    'withoutReviewsReason',
    ...(outcome === 'approved_with_conditions' ? conditionPaths(draft.conditions) : []),
    ...(outcome !== '' && createsApproval(outcome) ? ['releasePlan', ...planPaths(draft.releasePlan)] : []),
  ];
  const unplaced = unplacedProblems(form.lastError?.fieldErrors ?? [], shownPaths).map((p) => p.message);
  // The page's own check names fields; once they are all fixed its summary has nothing left to say.
  const formError =
    form.formError === CLIENT_CHECK_MESSAGE && Object.keys(form.fieldErrors).length === 0
      ? null
      : form.formError;

  return (
    <form
      noValidate
      ref={form.formRef}
      className="decision-form"
      aria-labelledby="decision-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => decisionProblems(draft, context, new Date()),
          mutate: () =>
            record({
              variables: {
                submissionId: context.submissionId,
                expectedRevision: context.revision,
                decision: decisionInput(draft),
              },
            }),
          pathPrefix: 'decision.',
          onSuccess: (result) => {
            const answer = result.data?.recordDecision;
            if (answer)
              onRecorded({ referredToFull: answer.referredToFull, referral: answer.referral ?? null });
          },
        });
      }}
    >
      <h3 id="decision-form-title">Record the decision on version {context.latestVersion}</h3>
      {tier === 'full' ? (
        <p className="alert alert--info">
          A full review is decided by a convened meeting; a decision recorded here is refused.
        </p>
      ) : null}
      <FormError message={formError} problems={unplaced} />

      <fieldset
        id={fieldId('outcome')}
        className={`outcome-choices${outcomeError ? ' outcome-choices--invalid' : ''}`}
      >
        <legend>Outcome</legend>
        {outcomeError ? (
          <p id="decision-outcome-error" className="field__error">
            {outcomeError}
          </p>
        ) : null}
        {outcomes.map((o) => {
          const hintId = `decision-outcome-${o}-hint`;
          return (
            <div key={o} className="outcome-choice">
              <label className="choice">
                <input
                  type="radio"
                  name="outcome"
                  value={o}
                  checked={outcome === o}
                  aria-invalid={outcomeError ? true : undefined}
                  aria-describedby={[hintId, outcomeError ? 'decision-outcome-error' : '']
                    .filter(Boolean)
                    .join(' ')}
                  onChange={() => change('outcome', o)}
                />
                {DECISION_OUTCOME_LABELS[o]}
              </label>
              <p id={hintId} className="field__hint outcome-choice__hint">
                {refers(o)
                  ? `${tier === 'expedited' ? 'An expedited' : 'This'} review cannot disapprove: recording it sends the statement to full review instead.`
                  : OUTCOME_HINTS[o]}
              </p>
            </div>
          );
        })}
      </fieldset>

      {showReason ? (
        <TextAreaField
          id={fieldId('withoutReviewsReason')}
          label="Why the committee decides without them"
          hint={
            missing
              ? `${missing} Record why the committee decides without them (at least ${MIN_WITHOUT_REVIEWS_REASON} characters).`
              : `The policy’s reviews are missing. Record why the committee decides without them (at least ${MIN_WITHOUT_REVIEWS_REASON} characters).`
          }
          required
          rows={3}
          value={draft.withoutReviewsReason}
          error={reasonError}
          onChange={(event) => change('withoutReviewsReason', event.target.value)}
        />
      ) : null}

      {outcome === 'approved_with_conditions' ? (
        <ConditionsEditor
          conditions={draft.conditions}
          library={context.library}
          artifacts={context.artifacts}
          today={context.today}
          errorFor={form.errorFor}
          onChange={(conditions, path) => {
            setDraft((current) => ({ ...current, conditions }));
            form.clearField(path);
            form.clearField('conditions');
          }}
        />
      ) : null}

      {outcome !== '' && createsApproval(outcome) ? (
        <fieldset id={fieldId('releasePlan')} className="decided-plan">
          <legend>Release plan</legend>
          <p className="field__hint">
            The plan the approval holds the authors to. It starts as the authors’ plan of version{' '}
            {context.latestVersion}; what the committee changes is marked on both sides.
          </p>
          {form.errorFor('releasePlan') ? (
            <p className="field__error">{form.errorFor('releasePlan')}</p>
          ) : null}
          <DecidedPlanEditor
            artifacts={context.artifacts}
            proposed={context.proposedPlan}
            plan={draft.releasePlan}
            errorFor={form.errorFor}
            onChange={(releasePlan, path) => change('releasePlan', releasePlan, path)}
          />
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Recording…' : 'Record decision'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Keep the recorded decision
          </button>
        ) : null}
        <span className="muted small">The authors see nothing until the letter is sent.</span>
      </div>
    </form>
  );
}
