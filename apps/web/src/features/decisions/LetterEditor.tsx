// The letter of a recorded decision, from the venue's template: the chair reads it, edits subject
// and body, and sends it to the authors after confirming. Sending makes the decision final (and, for
// a positive one, starts the approval); it happens once per version.
import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { createsApproval, type DecisionOutcome } from '@impact-review/domain';
import { FormError, TextAreaField, TextField } from '../../components/FormFields';
import { countOf } from '../../lib/format';
import { useMutationForm } from '../../lib/useMutationForm';
import { SendDecisionMutation } from './decisions.operations';

export function LetterEditor({
  submissionId,
  revision,
  draft,
  outcome,
  authorCount,
  onSent,
}: {
  submissionId: string;
  revision: number;
  draft: { subject: string; body: string };
  outcome: DecisionOutcome;
  authorCount: number;
  onSent: () => void;
}) {
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [confirming, setConfirming] = useState(false);
  const [send] = useMutation(SendDecisionMutation);
  const form = useMutationForm();
  const confirmRef = useRef<HTMLDivElement>(null);
  const edited = subject !== draft.subject || body !== draft.body;

  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [confirming]);

  return (
    <form
      noValidate
      ref={form.formRef}
      className="letter-editor"
      aria-labelledby="letter-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!confirming) {
          form.reset();
          setConfirming(true);
          return;
        }
        void form
          .submit({
            mutate: () =>
              send({
                variables: {
                  submissionId,
                  expectedRevision: revision,
                  letter: { subject, body },
                },
              }),
            onSuccess: () => onSent(),
          })
          .then(() => setConfirming(false));
      }}
    >
      <h3 id="letter-title">Letter to the authors</h3>
      <p className="muted small">
        Written from the venue’s template for this outcome. Change what this statement needs before you send
        it.
      </p>
      <FormError message={form.formError} />
      <TextField
        label="Subject"
        name="letter.subject"
        value={subject}
        error={form.errorFor('letter.subject')}
        onChange={(event) => {
          setSubject(event.target.value);
          form.clearField('letter.subject');
          setConfirming(false);
        }}
      />
      <TextAreaField
        label="Letter"
        name="letter.body"
        rows={18}
        className="input textarea letter-body"
        value={body}
        error={form.errorFor('letter.body')}
        onChange={(event) => {
          setBody(event.target.value);
          form.clearField('letter.body');
          setConfirming(false);
        }}
      />
      {edited ? (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setSubject(draft.subject);
              setBody(draft.body);
              setConfirming(false);
            }}
          >
            Start again from the template’s letter
          </button>
        </p>
      ) : null}
      {confirming ? (
        <div
          ref={confirmRef}
          className="alert alert--warning confirm"
          role="group"
          aria-labelledby="send-confirm-title"
        >
          <p id="send-confirm-title">
            <strong>Send the decision to the authors?</strong>
          </p>
          <p>
            The letter goes by email to {countOf(authorCount, 'author')} and stays on the statement. The
            decision is then final for this version
            {createsApproval(outcome) ? ', and the approval starts' : ''}.
          </p>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Sending…' : 'Send the letter'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep editing
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Send to the authors…
          </button>
        </div>
      )}
    </form>
  );
}
