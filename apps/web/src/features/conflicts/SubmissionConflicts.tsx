// Conflicts on one submission (HotCRP's model): the authors and the venue's chairs record which
// committee members must not see it; the API then hides the submission from them everywhere.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CONFLICT_TYPES,
  labelOf,
  validateConflictDeclaration,
  type ConflictType,
} from '@impact-review/domain';
import { FormError, SelectField, TextAreaField } from '../../components/FormFields';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useDomainForm } from '../../lib/useDomainForm';
import {
  DeclareConflictMutation,
  SubmissionConflictsQuery,
  WithdrawConflictMutation,
} from './conflicts.operations';

interface ConflictValues {
  userId: string;
  type: string;
  reason: string;
}

export function SubmissionConflicts({ submissionId }: { submissionId: string }) {
  const { data, refetch } = useQuery(SubmissionConflictsQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'cache-and-network',
  });
  const [declareConflict] = useMutation(DeclareConflictMutation);
  const [withdrawConflict] = useMutation(WithdrawConflictMutation);
  const [notice, setNotice] = useState('');
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const mayPin = data?.submission.viewerCan.pinConflict ?? false;
  const form = useDomainForm<ConflictValues>({ userId: '', type: '', reason: '' }, (values) =>
    // Candidates are committee members who are not authors by construction; the server checks again.
    validateConflictDeclaration(values, { rolesOfPerson: ['chair'], personIsAuthor: false, mayPin }),
  );

  const submission = data?.submission;
  // Those who may neither declare nor see conflicts get nothing here (the API answers []).
  if (!submission || !submission.viewerCan.declareConflict) return null;
  const conflicted = new Set(submission.conflicts.map((c) => c.person.id));
  const candidates = submission.conflictCandidates.filter((person) => !conflicted.has(person.id));
  const types = CONFLICT_TYPES.filter((type) => type !== 'administrative' || mayPin);

  const withdraw = async (userId: string, revision: number, name: string) => {
    setWithdrawError(null);
    setNotice('');
    setWithdrawing(userId);
    try {
      await withdrawConflict({ variables: { submissionId, userId, expectedRevision: revision } });
      setNotice(`The conflict with ${name} was withdrawn.`);
      await refetch();
    } catch (error) {
      setWithdrawError(describeError(error).message);
    } finally {
      setWithdrawing(null);
    }
  };

  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Conflicts</h2>
      <p className="muted small">
        A conflicted member never sees this submission: not in lists, counts, searches, history or mail.
        Authors are always conflicted with their own submission.
      </p>
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      {withdrawError ? (
        <p className="alert alert--error" role="alert">
          {withdrawError}
        </p>
      ) : null}
      {submission.conflicts.length === 0 ? (
        <p className="muted">No conflicts declared.</p>
      ) : (
        <ul className="conflict-list">
          {submission.conflicts.map((conflict) => {
            const mayWithdraw = conflict.type !== 'administrative' || mayPin;
            return (
              <li key={conflict.id} className="conflict-list__item">
                <div>
                  <strong>{conflict.person.name}</strong> · {conflict.typeLabel}
                  <p className="small">{conflict.reason}</p>
                  <p className="muted small">
                    Declared by {conflict.declaredBy.name}, {formatDateTime(conflict.declaredAt)}
                  </p>
                </div>
                {mayWithdraw ? (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={withdrawing === conflict.person.id}
                    aria-label={`Withdraw the conflict with ${conflict.person.name}`}
                    onClick={() => void withdraw(conflict.person.id, conflict.revision, conflict.person.name)}
                  >
                    {withdrawing === conflict.person.id ? 'Withdrawing…' : 'Withdraw'}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {candidates.length === 0 ? (
        <p className="muted small">
          Every committee member is already conflicted with this submission or one of its authors.
        </p>
      ) : (
        <details open={formOpen} onToggle={(event) => setFormOpen(event.currentTarget.open)}>
          <summary>Declare a conflict</summary>
          <form
            noValidate
            ref={form.formRef}
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              setNotice('');
              void form.submit({
                mutate: () =>
                  declareConflict({
                    variables: {
                      input: {
                        submissionId,
                        userId: form.values.userId,
                        type: form.values.type as ConflictType,
                        reason: form.values.reason,
                      },
                    },
                  }),
                pathPrefix: 'input.',
                onSuccess: async (result) => {
                  const name = result.data?.declareConflict.person.name ?? 'this member';
                  setNotice(`The conflict with ${name} is recorded.`);
                  form.set('userId', '');
                  form.set('reason', '');
                  form.set('type', '');
                  setFormOpen(false);
                  await refetch();
                },
              });
            }}
          >
            <FormError message={form.formError} />
            <SelectField
              label="Committee member"
              required
              placeholder={candidates.length === 0 ? 'Nobody else to choose' : 'Choose a member'}
              options={candidates.map((person) => ({ value: person.id, label: person.name }))}
              {...form.field('userId')}
            />
            <SelectField
              label="Kind of conflict"
              required
              placeholder="Choose a kind"
              options={types.map((type) => ({ value: type, label: labelOf(type) }))}
              {...form.field('type')}
            />
            <TextAreaField
              label="Why"
              hint="A few words; chairs and the authors read it."
              required
              {...form.field('reason')}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.submitting}>
                {form.submitting ? 'Recording…' : 'Record the conflict'}
              </button>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}
