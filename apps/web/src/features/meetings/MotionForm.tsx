// A chair opens a motion on the current item: what it says, the decision it proposes (an outcome;
// conditions for an approval with conditions; the release plan for an approval, prefilled from the
// authors' proposal; and why the committee decides without reviews the policy asks for). The server
// checks it as a decision and needs quorum; its refusals land on the inputs they name.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CONTENT_LEVELS,
  createsApproval,
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  labelOf,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  validateMotionText,
  validateReleasePlan,
} from '@impact-review/domain';
import type {
  Artifact,
  ContentLevel,
  DecisionOutcome,
  ReleaseDistribution,
  ReleasePlanItem,
  ReleaseTiming,
} from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { unplacedProblems } from '../../lib/errors';
import type { FieldProblem } from '../../lib/errors';
import { useMutationForm } from '../../lib/useMutationForm';
import { MeetingStatementPlanQuery, OpenMotionMutation } from './meetings.operations';

/** A full review may decide anything but "exempt". */
const MOTION_OUTCOMES = DECISION_OUTCOMES.filter((o) => o !== 'exempt');
const options = (values: readonly string[]) => values.map((value) => ({ value, label: labelOf(value) }));

/** The plan as the authors proposed it, without the cache's type names. */
function plainPlan(items: readonly ReleasePlanItem[]): ReleasePlanItem[] {
  return items.map((item) => ({
    artifactKey: item.artifactKey,
    contentLevel: item.contentLevel,
    timing: item.timing,
    distribution: item.distribution,
    embargoUntil: item.embargoUntil,
    reviewEveryMonths: item.reviewEveryMonths,
    releaseEvent: item.releaseEvent,
    stages: item.stages.map((s) => ({ description: s.description, opensOn: s.opensOn, trigger: s.trigger })),
    accessConditions: item.accessConditions,
  }));
}

export function MotionForm({
  meetingId,
  submissionId,
  statementTitle,
  onOpened,
}: {
  meetingId: string;
  submissionId: string;
  statementTitle: string;
  onOpened?: () => void;
}) {
  const [open] = useMutation(OpenMotionMutation);
  const form = useMutationForm();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<DecisionOutcome>('approved');
  const [conditions, setConditions] = useState<string[]>([]);
  const [edited, setEdited] = useState<ReleasePlanItem[] | null>(null);
  const [reason, setReason] = useState('');
  const approval = createsApproval(outcome);
  const planQuery = useQuery(MeetingStatementPlanQuery, { variables: { submissionId }, skip: !approval });
  const version = planQuery.data?.submission.latestVersion ?? null;
  const artifacts: Artifact[] = version?.artifacts ?? [];
  const proposed = version ? plainPlan(version.content.releasePlan as ReleasePlanItem[]) : [];
  const plan = edited ?? proposed;
  const changed = edited !== null && JSON.stringify(edited) !== JSON.stringify(proposed);
  const err = (path: string) => form.errorFor(path);

  const chooseOutcome = (next: DecisionOutcome) => {
    setOutcome(next);
    form.clearField('decision.outcome');
    // An approval with conditions starts with one condition to write.
    if (next === 'approved_with_conditions' && conditions.length === 0) setConditions(['']);
  };
  const changePlan = (i: number, patch: Partial<ReleasePlanItem>, part: string) => {
    setEdited(plan.map((item, j) => (j === i ? { ...item, ...patch } : item)));
    form.clearField(`decision.releasePlan.${i}.${part}`);
  };

  const validate = (): FieldProblem[] => [
    ...validateMotionText(text),
    ...(approval && version
      ? validateReleasePlan(plan, artifacts, new Date()).map((p) => ({ ...p, path: `decision.${p.path}` }))
      : []),
  ];

  const placed = [
    'text',
    'decision.outcome',
    'decision.conditions',
    ...conditions.map((_, i) => `decision.conditions.${i}.text`),
    'decision.withoutReviewsReason',
    ...plan.flatMap((_, i) =>
      [
        'contentLevel',
        'timing',
        'distribution',
        'embargoUntil',
        'reviewEveryMonths',
        'releaseEvent',
        'accessConditions',
      ].map((part) => `decision.releasePlan.${i}.${part}`),
    ),
  ];
  const unplaced = unplacedProblems(form.lastError?.fieldErrors ?? [], placed);
  const planHasError =
    unplaced.some((p) => p.path.startsWith('decision.releasePlan')) ||
    placed.some((p) => p.startsWith('decision.releasePlan') && err(p));
  // Folded until the chair opens it; a problem in it opens it (in the same render, so the focus can
  // go to the input), and it stays open while the chair puts it right.
  const [planOpen, setPlanOpen] = useState(false);
  useEffect(() => {
    if (planHasError) setPlanOpen(true);
  }, [planHasError]);

  const submit = () =>
    form.submit({
      validate,
      mutate: () =>
        open({
          variables: {
            meetingId,
            text: text.trim(),
            decision: {
              outcome,
              conditions:
                outcome === 'approved_with_conditions' ? conditions.map((c) => ({ text: c.trim() })) : [],
              releasePlan: approval ? plan : [],
              withoutReviewsReason: reason.trim(),
            },
          },
        }),
      onSuccess: () => {
        setText('');
        setConditions([]);
        setEdited(null);
        setReason('');
        onOpened?.();
      },
    });

  return (
    <form
      noValidate
      ref={form.formRef}
      className="motion-form stack"
      aria-labelledby="motion-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4 id="motion-form-title">Open a motion</h4>
      <FormError
        message={
          form.lastError?.code !== 'BAD_USER_INPUT' ||
          Object.keys(form.fieldErrors).length > 0 ||
          unplaced.length > 0
            ? form.formError
            : null
        }
        problems={unplaced.map((p) => p.message)}
      />
      <TextAreaField
        label="Motion"
        hint={`What the members vote on, in a sentence, e.g. “To approve ${statementTitle} with the release plan as proposed.”`}
        rows={3}
        required
        name="text"
        value={text}
        error={err('text')}
        onChange={(event) => {
          setText(event.target.value);
          form.clearField('text');
        }}
      />
      <SelectField
        label="Proposed decision"
        name="outcome"
        options={MOTION_OUTCOMES.map((o) => ({ value: o, label: DECISION_OUTCOME_LABELS[o] }))}
        value={outcome}
        error={err('decision.outcome')}
        onChange={(event) => chooseOutcome(event.target.value as DecisionOutcome)}
      />
      {outcome === 'approved_with_conditions' ? (
        <fieldset className="stack stack--tight">
          <legend>Conditions</legend>
          {err('decision.conditions') ? <p className="field__error">{err('decision.conditions')}</p> : null}
          {conditions.map((condition, i) => (
            <div key={i} className="row row--field condition-row">
              <TextField
                label={`Condition ${i + 1}`}
                value={condition}
                error={err(`decision.conditions.${i}.text`)}
                onChange={(event) => {
                  setConditions(conditions.map((c, j) => (j === i ? event.target.value : c)));
                  form.clearField(`decision.conditions.${i}.text`);
                  form.clearField('decision.conditions');
                }}
              />
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove condition ${i + 1}`}
                onClick={() => setConditions(conditions.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button button--small"
              onClick={() => setConditions([...conditions, ''])}
            >
              Add a condition
            </button>
          </div>
        </fieldset>
      ) : null}
      {approval ? (
        <details
          className="plan-details"
          open={planOpen || planHasError}
          onToggle={(event) => setPlanOpen(event.currentTarget.open)}
        >
          <summary>
            Release plan:{' '}
            {!version
              ? 'loading the authors’ proposal…'
              : changed
                ? 'changed by the committee'
                : 'as the authors propose'}
          </summary>
          {planQuery.error ? (
            <p className="field__error">The authors’ plan could not be loaded; try again in a moment.</p>
          ) : null}
          {version && plan.length === 0 ? (
            <p className="muted small">The statement has no artifacts to plan.</p>
          ) : null}
          <div className="stack stack--tight">
            {plan.map((item, i) => {
              const name = artifacts.find((a) => a.key === item.artifactKey)?.name || `Artifact ${i + 1}`;
              const at = `decision.releasePlan.${i}`;
              const hidden = <span className="visually-hidden">{name}: </span>;
              return (
                <fieldset key={item.artifactKey} className="plan-row">
                  <legend>
                    {name}
                    {JSON.stringify(item) !== JSON.stringify(proposed[i]) ? (
                      <span className="muted small"> · changed from the authors’ plan</span>
                    ) : null}
                  </legend>
                  <div className="plan-row__grid">
                    <SelectField
                      label={<>{hidden}What is released</>}
                      options={options(CONTENT_LEVELS)}
                      value={item.contentLevel}
                      error={err(`${at}.contentLevel`)}
                      onChange={(e) =>
                        changePlan(i, { contentLevel: e.target.value as ContentLevel }, 'contentLevel')
                      }
                    />
                    <SelectField
                      label={<>{hidden}When</>}
                      options={options(RELEASE_TIMINGS)}
                      value={item.timing}
                      error={err(`${at}.timing`)}
                      onChange={(e) => changePlan(i, { timing: e.target.value as ReleaseTiming }, 'timing')}
                    />
                    <SelectField
                      label={<>{hidden}To whom</>}
                      options={options(RELEASE_DISTRIBUTIONS)}
                      value={item.distribution}
                      error={err(`${at}.distribution`)}
                      onChange={(e) =>
                        changePlan(i, { distribution: e.target.value as ReleaseDistribution }, 'distribution')
                      }
                    />
                    {item.timing === 'timed' ? (
                      <TextField
                        label={<>{hidden}Embargo lifts on</>}
                        type="date"
                        value={item.embargoUntil ?? ''}
                        error={err(`${at}.embargoUntil`)}
                        onChange={(e) =>
                          changePlan(i, { embargoUntil: e.target.value || null }, 'embargoUntil')
                        }
                      />
                    ) : null}
                    {item.timing === 'periodic_evaluation' ? (
                      <TextField
                        label={<>{hidden}Months between re-evaluations</>}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        value={item.reviewEveryMonths ?? ''}
                        error={err(`${at}.reviewEveryMonths`)}
                        onChange={(e) =>
                          changePlan(
                            i,
                            { reviewEveryMonths: e.target.value === '' ? null : Number(e.target.value) },
                            'reviewEveryMonths',
                          )
                        }
                      />
                    ) : null}
                    {item.timing === 'evented' ? (
                      <TextField
                        label={<>{hidden}Released when</>}
                        value={item.releaseEvent}
                        error={err(`${at}.releaseEvent`)}
                        onChange={(e) => changePlan(i, { releaseEvent: e.target.value }, 'releaseEvent')}
                      />
                    ) : null}
                  </div>
                  {item.distribution !== 'public' ? (
                    <TextField
                      label={<>{hidden}Access conditions</>}
                      value={item.accessConditions}
                      error={err(`${at}.accessConditions`)}
                      onChange={(e) =>
                        changePlan(i, { accessConditions: e.target.value }, 'accessConditions')
                      }
                    />
                  ) : null}
                  {item.timing === 'staged' ? (
                    <p className="small muted">
                      {item.stages.length > 0
                        ? `In ${item.stages.length} stages, as the authors plan them.`
                        : 'Staged, but the authors planned no stages.'}
                    </p>
                  ) : null}
                </fieldset>
              );
            })}
          </div>
          {changed ? (
            <button type="button" className="button button--small" onClick={() => setEdited(null)}>
              Back to the authors’ plan
            </button>
          ) : null}
        </details>
      ) : null}
      <TextAreaField
        label="Why the committee decides without all the reviews (if any are missing)"
        hint="Needed only when the review policy asks for reviews that are not submitted yet."
        rows={3}
        name="withoutReviewsReason"
        value={reason}
        error={err('decision.withoutReviewsReason')}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField('decision.withoutReviewsReason');
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Opening…' : 'Open the motion for a vote'}
        </button>
      </div>
    </form>
  );
}
