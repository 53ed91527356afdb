import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  SECTION_TITLES,
  sectionOfPath,
  sectionStatus,
  STATEMENT_SECTIONS,
  validateArtifacts,
  validateDraft,
  validateForSubmission,
} from '@impact-review/domain';
import type { Artifact, ImpactStatementContent, StatementSection } from '@impact-review/domain';
import type { DraftFieldsFragment, SubmissionDetailsFragment } from '../../gql/graphql';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { SectionNav } from '../../components/SectionNav';
import type { SectionState } from '../../components/SectionNav';
import { TierPreview } from '../../components/TierPreview';
import { describeError, fieldErrorMap } from '../../lib/errors';
import type { AppErrorInfo, FieldProblem } from '../../lib/errors';
import { useAutosave } from '../../lib/useAutosave';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useMutationForm } from '../../lib/useMutationForm';
import { SECTION_COMPONENTS } from './editor/StatementSections';
import type { ContentUpdate } from './editor/StatementSections';
import { PhaseBadge } from './SubmissionBadges';
import { detailsProblems, SubmissionDetailsForm } from './SubmissionDetailsForm';
import type { SubmissionDetailsValues } from './SubmissionDetailsForm';
import {
  EditSubmissionQuery,
  SaveStatementDraftMutation,
  SubmitStatementMutation,
  UpdateSubmissionMutation,
} from './submission.operations';

export function EditSubmissionPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EditSubmissionQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  // Remounting the editor starts it over from the server's draft (after a conflict or new artifacts).
  const [editorKey, setEditorKey] = useState(0);
  const reload = useCallback(async () => {
    await refetch();
    setEditorKey((key) => key + 1);
  }, [refetch]);
  useDocumentTitle(data ? `Edit: ${data.submission.title}` : 'Edit statement');

  if (loading && !data) return <Loading label="Loading the statement…" />;
  if (error || !data) return <ErrorState error={error} />;
  const submission = data.submission;
  if (!submission.draft) {
    return (
      <section className="card narrow">
        <h1>{submission.title}</h1>
        <p>
          {submission.phase === 'submitted'
            ? 'This statement is submitted and cannot be changed. Start a revision from the statement page to change it.'
            : 'Only the authors of this submission can edit its statement.'}
        </p>
        <Link to={`/submissions/${submission.id}`}>View the statement</Link>
      </section>
    );
  }
  return <StatementEditor key={editorKey} submission={submission} draft={submission.draft} onReload={reload} />;
}

function toContent(draft: DraftFieldsFragment): ImpactStatementContent {
  return draft.content;
}

function toArtifacts(submission: SubmissionDetailsFragment): Artifact[] {
  return submission.artifacts.map(({ key, kind, name, description, powerLevel }) => ({
    key,
    kind,
    name,
    description,
    powerLevel,
  }));
}

interface SavedMeta {
  content: ImpactStatementContent;
  sectionStatus: DraftFieldsFragment['sectionStatus'];
  suggestedTier: DraftFieldsFragment['suggestedTier'];
}

function StatementEditor({
  submission,
  draft,
  onReload,
}: {
  submission: SubmissionDetailsFragment;
  draft: DraftFieldsFragment;
  onReload: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const artifacts = useMemo(() => toArtifacts(submission), [submission]);
  const [content, setContent] = useState<ImpactStatementContent>(() => toContent(draft));
  const [meta, setMeta] = useState<SavedMeta>(() => ({
    content: toContent(draft),
    sectionStatus: draft.sectionStatus,
    suggestedTier: draft.suggestedTier,
  }));
  const [current, setCurrent] = useState<StatementSection>('summary');
  const [showCompleteness, setShowCompleteness] = useState(false);
  // What the server said on the last submit attempt (it may know more than the client checks).
  const [submitError, setSubmitError] = useState<AppErrorInfo | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [saveDraft] = useMutation(SaveStatementDraftMutation);
  const [submitStatement] = useMutation(SubmitStatementMutation);
  const [updateSubmission] = useMutation(UpdateSubmissionMutation);
  const detailsForm = useMutationForm();
  const [detailsSaved, setDetailsSaved] = useState(false);

  const save = useCallback(
    async (value: ImpactStatementContent, revision: number) => {
      const result = await saveDraft({
        variables: { submissionId: submission.id, content: value, expectedDraftRevision: revision },
      });
      const saved = result.data?.saveStatementDraft;
      if (!saved) throw new Error('The server did not return the saved draft.');
      setMeta({ content: value, sectionStatus: saved.sectionStatus, suggestedTier: saved.suggestedTier });
      return saved.revision;
    },
    [saveDraft, submission.id],
  );
  const autosave = useAutosave({ value: content, revision: draft.revision, save });

  // Closing the tab with unsaved changes asks first.
  const unsaved = autosave.status === 'pending' || autosave.status === 'saving';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const update: ContentUpdate = useCallback((change) => setContent((c) => change(c)), []);

  // Draft problems (junk, oversize) always show; completeness only after an attempt to submit.
  const liveProblems = useMemo(
    () => (showCompleteness ? validateForSubmission(content, artifacts, new Date()) : validateDraft(content, artifacts)),
    [content, artifacts, showCompleteness],
  );
  const serverProblems = useMemo(() => submitError?.fieldErrors ?? [], [submitError]);
  const errors = useMemo(
    () => ({
      ...fieldErrorMap(serverProblems),
      ...fieldErrorMap(autosave.error?.fieldErrors ?? []),
      ...fieldErrorMap(liveProblems),
    }),
    [autosave.error, liveProblems, serverProblems],
  );
  // Every part still missing, updated as the author fixes them.
  const summaryProblems = useMemo(() => {
    if (!showCompleteness) return [];
    const all = [...validateArtifacts(artifacts), ...liveProblems, ...serverProblems];
    const seen = new Set<string>();
    return all.filter((p) => {
      const key = `${p.path}|${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, [showCompleteness, artifacts, liveProblems, serverProblems]);
  const submitMessage =
    summaryProblems.length > 0
      ? (submitError?.message ?? 'The statement cannot be submitted yet.')
      : submitError && submitError.fieldErrors.length === 0
        ? submitError.message
        : null;
  const errorFor = useCallback((path: string) => errors[path], [errors]);

  // The server's status for what it saved; the same domain rules, run here, while edits wait.
  const sections: SectionState[] = useMemo(
    () => (meta.content === content ? meta.sectionStatus : sectionStatus(content, artifacts, new Date())),
    [meta, content, artifacts],
  );

  const onSubmit = async () => {
    setSubmitError(null);
    setSubmitting(true);
    try {
      const clientProblems = [...validateArtifacts(artifacts), ...validateForSubmission(content, artifacts, new Date())];
      if (clientProblems.length > 0) {
        setShowCompleteness(true);
        return;
      }
      if (!(await autosave.flush())) {
        setSubmitError({
          code: 'UNKNOWN',
          message: 'The draft could not be saved, so it was not submitted. See the save status above.',
          fieldErrors: [],
        });
        return;
      }
      const result = await submitStatement({
        variables: { submissionId: submission.id, expectedDraftRevision: autosave.currentRevision() },
      });
      const versions = result.data?.submitStatement.versions ?? [];
      const latest = versions.length > 0 ? Math.max(...versions.map((v) => v.number)) : null;
      navigate(`/submissions/${submission.id}`, {
        state: { flash: latest ? `Statement submitted as version ${latest}.` : 'Statement submitted.' },
      });
    } catch (caught) {
      setShowCompleteness(true);
      setSubmitError(describeError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const onSaveDetails = (values: SubmissionDetailsValues) => {
    setDetailsSaved(false);
    void detailsForm.submit({
      validate: () => detailsProblems(values),
      mutate: async () => {
        // The server re-aligns the draft's release plan to the artifacts: save pending edits first.
        if (!(await autosave.flush())) throw new Error('draft-not-saved');
        return updateSubmission({
          variables: {
            id: submission.id,
            expectedRevision: submission.revision,
            input: {
              title: values.title.trim(),
              abstract: values.abstract,
              links: values.links,
              artifacts: values.artifacts,
            },
          },
        });
      },
      onSuccess: async () => {
        setDetailsSaved(true);
        await onReload();
      },
    });
  };

  const problemsBySection = groupBySection(summaryProblems);

  return (
    <div>
      <header className="page-header">
        <div>
          <p className="muted small">
            <Link to={`/venues/${submission.venue.id}`}>{submission.venue.shortName}</Link> · Impact statement
            {draft.basedOnVersion ? ` · revising version ${draft.basedOnVersion}` : ''}
          </p>
          <h1>{submission.title}</h1>
          <PhaseBadge phase={submission.phase} />
        </div>
      </header>
      {autosave.status === 'conflict' ? (
        <div className="alert alert--warning" role="alert">
          <p>
            This draft was changed somewhere else (another tab or a co-author) after you opened it. Your latest edits
            were not saved. Reload the latest draft to continue.
          </p>
          <button type="button" className="button button--small" onClick={() => void onReload()}>
            Reload latest draft
          </button>
        </div>
      ) : null}
      {autosave.status === 'error' && autosave.error ? (
        <p className="alert alert--error" role="alert">
          {autosave.error.message}
        </p>
      ) : null}

      <div className="editor">
        <aside className="editor__aside" aria-label="Statement progress">
          <div className="card stack">
            {/* In the sticky column, so the save state stays in view while the author scrolls. */}
            <SaveStatus
              status={autosave.status}
              detail={autosave.error?.message}
              onReload={() => void onReload()}
              onRetry={() => void autosave.flush()}
            />
            <button
              type="button"
              className="button button--primary"
              onClick={() => void onSubmit()}
              disabled={submitting || autosave.status === 'conflict'}
            >
              {submitting ? 'Submitting…' : 'Submit statement'}
            </button>
            <p className="muted small">Drafts save as you type. Submitting freezes this version for review.</p>
          </div>
          <SectionNav sections={sections} current={current} onSelect={setCurrent} />
          <TierPreview suggestion={meta.suggestedTier} title="Live tier preview" />
        </aside>

        <div className="stack">
          {submitMessage ? (
            <div className="alert alert--error" role="alert" data-testid="submit-problems">
              <p>
                <strong>{submitMessage ?? 'The statement cannot be submitted yet.'}</strong>
                {summaryProblems.length > 0
                  ? ` ${summaryProblems.length} ${summaryProblems.length === 1 ? 'part still needs' : 'parts still need'} attention:`
                  : ''}
              </p>
              {problemsBySection.map(([group, problems]) => (
                <div key={group}>
                  <p>
                    {group === 'details' ? (
                      <a href="#submission-details">Submission details</a>
                    ) : (
                      <a href={`#section-${group}`}>{SECTION_TITLES[group]}</a>
                    )}
                  </p>
                  <ul>
                    {problems.map((problem, i) => (
                      <li key={`${problem.path}-${i}`}>{problem.message}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ) : null}

          <section className="card" id="submission-details" aria-labelledby="details-title">
            <h2 id="details-title">Submission details</h2>
            <SubmissionDetailsForm
              form={detailsForm}
              saved={detailsSaved}
              onSave={onSaveDetails}
              initial={{
                title: submission.title,
                abstract: submission.abstract,
                links: {
                  paperUrl: submission.links.paperUrl,
                  openReviewUrl: submission.links.openReviewUrl,
                  doi: submission.links.doi,
                  repositoryUrl: submission.links.repositoryUrl,
                },
                artifacts,
              }}
            />
          </section>

          {STATEMENT_SECTIONS.map((section) => {
            const Section = SECTION_COMPONENTS[section];
            return (
              <section
                key={section}
                id={`section-${section}`}
                className="card editor-section"
                aria-labelledby={`section-${section}-title`}
                onFocus={() => setCurrent(section)}
              >
                <h2 id={`section-${section}-title`}>{SECTION_TITLES[section]}</h2>
                <Section content={content} artifacts={artifacts} update={update} errorFor={errorFor} />
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function groupBySection(problems: readonly FieldProblem[]): [StatementSection | 'details', FieldProblem[]][] {
  const groups = new Map<StatementSection | 'details', FieldProblem[]>();
  for (const problem of problems) {
    const group = sectionOfPath(problem.path) ?? 'details';
    groups.set(group, [...(groups.get(group) ?? []), problem]);
  }
  const order: (StatementSection | 'details')[] = ['details', ...STATEMENT_SECTIONS];
  return order.filter((g) => groups.has(g)).map((g) => [g, groups.get(g) ?? []]);
}
