// The venue's decision letters, in its settings: one template per outcome, in plain text with
// variables such as {{statement.title}}; a live preview fills them with sample values (the domain's
// renderLetter, as the server fills them with the decision's). A template can go back to the default.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  renderLetter,
  validateLetterTemplate,
  type DecisionOutcome,
  type LetterTemplate,
  type LetterValues,
} from '@impact-review/domain';
import type { DecisionSettingsFieldsFragment } from '../../gql/graphql';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { Badge } from '../../components/TierBadge';
import { useMutationForm } from '../../lib/useMutationForm';
import { UpdateLetterTemplateMutation } from './decisions.operations';

/** What the preview fills the variables with: a made-up statement, plainly marked as such. */
export function sampleValues(venueName: string, outcome: DecisionOutcome): LetterValues {
  return {
    statementTitle: 'Few-shot voice cloning (sample)',
    outcome: DECISION_OUTCOME_LABELS[outcome],
    venueName,
    authors: ['Ada Author', 'Ben Author'],
    decidedOn: new Date().toISOString().slice(0, 10),
    chair: 'Carla Chair',
    conditions:
      outcome === 'approved_with_conditions'
        ? [
            { text: 'Watermark generated audio.', artifactName: 'Voice model', dueOn: null },
            { text: 'Publish a model card.', artifactName: 'Voice model', dueOn: '2030-06-01' },
          ]
        : [],
    releasePlan:
      outcome === 'approved' || outcome === 'approved_with_conditions' || outcome === 'exempt'
        ? [
            { artifactName: 'Paper', contentLevel: 'Full', timing: 'Immediate', distribution: 'Public' },
            {
              artifactName: 'Voice model',
              contentLevel: 'Withheld',
              timing: 'Staged',
              distribution: 'Ask for access',
            },
          ]
        : [],
    reviews: [{ label: 'Expert review 1', text: 'Say who may ask for the model and how you check them.' }],
  };
}

type Templates = Record<DecisionOutcome, LetterTemplate & { custom: boolean }>;

function templatesOf(settings: DecisionSettingsFieldsFragment): Templates {
  const byOutcome = new Map(settings.letterTemplates.map((t) => [t.outcome, t]));
  return Object.fromEntries(
    DECISION_OUTCOMES.map((outcome) => {
      const t = byOutcome.get(outcome);
      return [outcome, { subject: t?.subject ?? '', body: t?.body ?? '', custom: t?.custom ?? false }];
    }),
  ) as Templates;
}

export function LetterTemplatesEditor({
  venueId,
  venueName,
  settings,
  onSaved,
  onReload,
}: {
  venueId: string;
  venueName: string;
  settings: DecisionSettingsFieldsFragment;
  onSaved: (settings: DecisionSettingsFieldsFragment) => void;
  onReload: () => void | Promise<void>;
}) {
  const saved = templatesOf(settings);
  const [outcome, setOutcome] = useState<DecisionOutcome>('approved_with_conditions');
  // Edits per outcome, so switching to another letter and back keeps them until saved or discarded.
  const [drafts, setDrafts] = useState<Partial<Record<DecisionOutcome, LetterTemplate>>>({});
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState('');
  const [update] = useMutation(UpdateLetterTemplateMutation);
  const form = useMutationForm();
  const template = drafts[outcome] ?? saved[outcome];
  const edited = (o: DecisionOutcome) =>
    drafts[o] !== undefined && (drafts[o]?.subject !== saved[o].subject || drafts[o]?.body !== saved[o].body);
  const conflict = form.lastError?.code === 'CONFLICT';
  const preview = renderLetter(template, sampleValues(venueName, outcome));

  const edit = (patch: Partial<LetterTemplate>, field: 'subject' | 'body') => {
    setDrafts((current) => ({ ...current, [outcome]: { ...template, ...patch } }));
    form.clearField(field);
    setNotice('');
  };
  const forget = (o: DecisionOutcome) =>
    setDrafts((current) => {
      const next = { ...current };
      delete next[o];
      return next;
    });
  const save = (next: LetterTemplate | null) => {
    setNotice('');
    const label = DECISION_OUTCOME_LABELS[outcome];
    void form.submit({
      validate: () => (next ? validateLetterTemplate(next) : []),
      mutate: () =>
        update({ variables: { venueId, outcome, template: next, expectedRevision: settings.revision } }),
      pathPrefix: 'template.',
      onSuccess: (result) => {
        const settingsNow = result.data?.updateLetterTemplate;
        if (settingsNow) onSaved(settingsNow);
        forget(outcome);
        setConfirmReset(false);
        setNotice(
          next ? `The letter for “${label}” is saved.` : `The letter for “${label}” is back to the default.`,
        );
      },
    });
  };

  return (
    <section className="card" aria-labelledby="letter-templates-title">
      <h2 id="letter-templates-title">Decision letters</h2>
      <p className="muted small">
        The letter chairs start from for each outcome. Variables in double braces are filled in from the
        decision; the chair can still edit the letter before sending it.
      </p>
      <div aria-live="polite">{notice ? <p className="alert alert--success">{notice}</p> : null}</div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>
            Another chair changed the decision settings meanwhile. Reload to see theirs; your changes here
            will be discarded.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={async () => {
              await onReload();
              setDrafts({});
              form.reset();
            }}
          >
            Reload the letters
          </button>
        </div>
      ) : null}
      <SelectField
        label="Letter for the outcome"
        options={DECISION_OUTCOMES.map((o) => ({
          value: o,
          label: `${DECISION_OUTCOME_LABELS[o]}${edited(o) ? ' (unsaved changes)' : saved[o].custom ? ' (custom)' : ''}`,
        }))}
        value={outcome}
        onChange={(event) => {
          setOutcome(event.target.value as DecisionOutcome);
          setConfirmReset(false);
          setNotice('');
          form.reset();
        }}
      />
      <form
        noValidate
        ref={form.formRef}
        aria-label={`Letter for “${DECISION_OUTCOME_LABELS[outcome]}”`}
        onSubmit={(event) => {
          event.preventDefault();
          save({ subject: template.subject, body: template.body });
        }}
      >
        <p className="row">
          {saved[outcome].custom ? <Badge tone="info">Custom letter</Badge> : <Badge>Default letter</Badge>}
          {edited(outcome) ? <Badge tone="warning">Unsaved changes</Badge> : null}
        </p>
        {conflict ? null : <FormError message={form.formError} />}
        <div className="letter-template__layout">
          <div>
            <TextField
              label="Subject"
              name="subject"
              value={template.subject}
              error={form.errorFor('subject')}
              onChange={(event) => edit({ subject: event.target.value }, 'subject')}
            />
            <TextAreaField
              label="Letter"
              name="body"
              rows={20}
              className="input textarea letter-body"
              value={template.body}
              error={form.errorFor('body')}
              onChange={(event) => edit({ body: event.target.value }, 'body')}
            />
            {confirmReset ? (
              <div className="alert alert--warning" role="group" aria-labelledby="reset-letter-title">
                <p id="reset-letter-title">
                  <strong>Go back to the default letter for “{DECISION_OUTCOME_LABELS[outcome]}”?</strong> The
                  venue’s own wording is lost.
                </p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={form.submitting}
                    onClick={() => save(null)}
                  >
                    Use the default letter
                  </button>
                  <button type="button" className="button" onClick={() => setConfirmReset(false)}>
                    Keep this letter
                  </button>
                </div>
              </div>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.submitting}>
                {form.submitting ? 'Saving…' : 'Save the letter'}
              </button>
              {edited(outcome) ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    forget(outcome);
                    form.reset();
                  }}
                >
                  Discard the changes
                </button>
              ) : null}
              {saved[outcome].custom && !confirmReset ? (
                <button type="button" className="button button--ghost" onClick={() => setConfirmReset(true)}>
                  Reset to the default…
                </button>
              ) : null}
            </div>
          </div>
          <section className="letter-variables-help" aria-labelledby="letter-variables-title">
            <h3 id="letter-variables-title" className="h3">
              Variables
            </h3>
            <dl className="letter-variables">
              {settings.variables.map((variable) => (
                <div key={variable.name}>
                  <dt>{`{{${variable.name}}}`}</dt>
                  <dd>{variable.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </form>
      <section className="letter-preview" aria-labelledby="letter-preview-title">
        <h3 id="letter-preview-title">Preview with sample values</h3>
        <div className="letter">
          <p className="letter__subject break-anywhere">
            <span className="muted small">Subject:</span> {preview.subject}
          </p>
          <div className="letter__body prose break-anywhere">{preview.body}</div>
        </div>
      </section>
    </section>
  );
}
