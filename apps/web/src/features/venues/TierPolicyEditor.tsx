// The venue's tier policy: for each review tier, the reviewers a statement needs, how long they have,
// and whether that review may disapprove. Chairs preview which submitted statements a change affects
// before they save it.
import { useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  DISAPPROVAL_RULE_LABELS,
  DISAPPROVAL_RULES,
  labelOf,
  TIERS,
  validateTierPolicy,
  type DisapprovalRule,
  type Tier,
  type TierPolicy,
  type TierRequirement,
} from '@impact-review/domain';
import { FormError } from '../../components/FormFields';
import type { TierPolicyImpactQuery as TierPolicyImpactResult } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useMutationForm } from '../../lib/useMutationForm';
import { TierPolicyImpactQuery, UpdateTierPolicyMutation } from './venue.operations';

const FIELD_LABELS: Readonly<Record<keyof TierRequirement, string>> = {
  chairCheck: 'Chair’s check',
  expertReviewers: 'Expert reviewers',
  communityReviewers: 'Community reviewers',
  reviewDays: 'Review period (days)',
  disapproval: 'Disapproval',
};

/** The policy without GraphQL's __typename, as the mutation takes it. */
export function plainPolicy(policy: TierPolicy): TierPolicy {
  return Object.fromEntries(
    TIERS.map((tier) => {
      const { chairCheck, expertReviewers, communityReviewers, reviewDays, disapproval } = policy[tier];
      return [tier, { chairCheck, expertReviewers, communityReviewers, reviewDays, disapproval }];
    }),
  ) as unknown as TierPolicy;
}

export function TierPolicyEditor({ venueId, revision, policy }: { venueId: string; revision: number; policy: TierPolicy }) {
  const client = useApolloClient();
  const [values, setValues] = useState<TierPolicy>(() => plainPolicy(policy));
  const [impact, setImpact] = useState<TierPolicyImpactResult['tierPolicyImpact'] | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateTierPolicy] = useMutation(UpdateTierPolicyMutation);
  const form = useMutationForm();

  const set = <K extends keyof TierRequirement>(tier: Tier, key: K, value: TierRequirement[K]) => {
    setValues((current) => ({ ...current, [tier]: { ...current[tier], [key]: value } }));
    form.clearField(`${tier}.${key}`);
    setImpact(null);
    setSaved(false);
  };
  const numberCell = (tier: Tier, key: 'expertReviewers' | 'communityReviewers' | 'reviewDays') => {
    const path = `${tier}.${key}`;
    const error = form.errorFor(path);
    return (
      <td data-label={FIELD_LABELS[key]}>
        <input
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={key === 'reviewDays' ? 1 : 0}
          aria-label={`${FIELD_LABELS[key]} for ${labelOf(tier)} review`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${path}-error` : undefined}
          name={path}
          value={Number.isNaN(values[tier][key]) ? '' : values[tier][key]}
          onChange={(event) => set(tier, key, event.target.value === '' ? Number.NaN : Number(event.target.value))}
        />
        {error ? (
          <p id={`${path}-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </td>
    );
  };

  const preview = async () => {
    setPreviewError(null);
    const problems = validateTierPolicy(values);
    if (problems.length > 0) {
      form.setFieldErrors(problems);
      return;
    }
    try {
      const result = await client.query({ query: TierPolicyImpactQuery, variables: { venueId, policy: values }, fetchPolicy: 'network-only' });
      setImpact(result.data?.tierPolicyImpact ?? []);
    } catch (error) {
      setPreviewError(describeError(error).message);
    }
  };

  return (
    <section className="card" aria-labelledby="tier-policy-title">
      <h2 id="tier-policy-title">Tier policy</h2>
      <p className="muted small">
        What each review tier needs. As in an IRB, a review that may not disapprove refers a disapproval to full review.
      </p>
      <div aria-live="polite">{saved && !form.lastError ? <p className="alert alert--success">Tier policy saved.</p> : null}</div>
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void form.submit({
            validate: () => validateTierPolicy(values),
            mutate: () => updateTierPolicy({ variables: { venueId, policy: values, expectedRevision: revision } }),
            pathPrefix: 'policy.',
            onSuccess: () => {
              setSaved(true);
              setImpact(null);
            },
          });
        }}
      >
        <FormError message={form.formError} />
        <table className="table table--stack tier-policy">
          <thead>
            <tr>
              <th scope="col">Tier</th>
              {(Object.keys(FIELD_LABELS) as (keyof TierRequirement)[]).map((key) => (
                <th scope="col" key={key}>
                  {FIELD_LABELS[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIERS.map((tier) => (
              <tr key={tier}>
                <th scope="row">{labelOf(tier)}</th>
                <td data-label={FIELD_LABELS.chairCheck}>
                  <input
                    type="checkbox"
                    aria-label={`A chair checks ${labelOf(tier)} statements`}
                    checked={values[tier].chairCheck}
                    onChange={(event) => set(tier, 'chairCheck', event.target.checked)}
                  />
                </td>
                {numberCell(tier, 'expertReviewers')}
                {numberCell(tier, 'communityReviewers')}
                {numberCell(tier, 'reviewDays')}
                <td data-label={FIELD_LABELS.disapproval}>
                  <select
                    className="input select"
                    aria-label={`Disapproval in ${labelOf(tier)} review`}
                    aria-invalid={form.errorFor(`${tier}.disapproval`) ? true : undefined}
                    value={values[tier].disapproval}
                    onChange={(event) => set(tier, 'disapproval', event.target.value as DisapprovalRule)}
                  >
                    {DISAPPROVAL_RULES.map((rule) => (
                      <option key={rule} value={rule}>
                        {DISAPPROVAL_RULE_LABELS[rule]}
                      </option>
                    ))}
                  </select>
                  {form.errorFor(`${tier}.disapproval`) ? <p className="field__error">{form.errorFor(`${tier}.disapproval`)}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {previewError ? (
          <p className="alert alert--error" role="alert">
            {previewError}
          </p>
        ) : null}
        {impact ? <ImpactSummary impact={impact} /> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void preview()}>
            Preview the change
          </button>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save the policy'}
          </button>
        </div>
      </form>
    </section>
  );
}

function ImpactSummary({ impact }: { impact: TierPolicyImpactResult['tierPolicyImpact'] }) {
  if (impact.length === 0) return <p role="status">Nothing changes: this is the policy in force.</p>;
  return (
    <div role="status" className="impact">
      <h3>What this changes</h3>
      <ul>
        {impact.map((entry) => (
          <li key={entry.tier}>
            <strong>{labelOf(entry.tier)}</strong>: {entry.changedFields.map((f) => FIELD_LABELS[f as keyof TierRequirement] ?? f).join(', ')}.{' '}
            {entry.statements === 0
              ? 'No submitted statement has this tier now.'
              : `${entry.statements} submitted ${entry.statements === 1 ? 'statement has' : 'statements have'} this tier now`}
            {entry.examples.length > 0 ? (
              <>
                {', for example '}
                {entry.examples.map((example, i) => (
                  <span key={example.id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={`/submissions/${example.id}`}>{example.title}</Link>
                  </span>
                ))}
                .
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
