// The authors' editor: the submission's details and its statement are one draft, autosaved as one.
// The save status says what is saved; unsaved edits are also kept on this device, so a conflict
// or a server that stays busy never loses what was typed.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  SECTION_TITLES,
  sectionStatus,
  STATEMENT_SECTIONS,
  suggestTier,
  validateDraft,
  validateDraftMetadata,
  validateForSubmission,
  validateMetadataForSubmission,
} from '@impact-review/domain';
import type { DraftFieldsFragment } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { SaveStatus } from '../../components/SaveStatus';
import { SectionNav } from '../../components/SectionNav';
import type { EditorPart, SectionState } from '../../components/SectionNav';
import { TierPreview } from '../../components/TierPreview';
import { describeError, fieldErrorMap } from '../../lib/errors';
import type { AppErrorInfo, FieldProblem } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { clearLocalCopy, readLocalCopy, useLocalDraftCopy } from '../../lib/localDraftCopy';
import type { LocalDraftCopy } from '../../lib/localDraftCopy';
import { useAutosave } from '../../lib/useAutosave';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DetailsSection } from './editor/DetailsSection';
import type { DraftState, DraftUpdate } from './editor/DetailsSection';
import { ErrorSummary } from './editor/ErrorSummary';
import { SECTION_COMPONENTS } from './editor/StatementSections';
import type { ContentUpdate } from './editor/StatementSections';
import { PhaseBadge } from './SubmissionBadges';
import { EditSubmissionQuery, SaveDraftMutation, SubmitStatementMutation } from './submission.operations';

export function EditSubmissionPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EditSubmissionQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  // Remounting the editor starts it over from the server's draft (after a conflict).
  const [editorKey, setEditorKey] = useState(0);
  const reload = useCallback(async () => {
    await refetch();
    setEditorKey((key) => key + 1);
  }, [refetch]);
  useDocumentTitle(
    data ? `Edit: ${data.submission.draft?.title || data.submission.title}` : 'Edit statement',
  );

  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the statement…" />;
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
  return (
    <StatementEditor
      key={editorKey}
      submissionId={submission.id}
      phase={submission.phase}
      venue={submission.venue}
      draft={submission.draft}
      onReload={reload}
    />
  );
}

function toDraftState(draft: DraftFieldsFragment): DraftState {
  return {
    title: draft.title,
    abstract: draft.abstract,
    links: draft.links,
    artifacts: draft.artifacts,
    content: draft.content,
  };
}

/** Drafts compare by what they hold (the cache's __typename markers aside). */
function sameDraft(a: DraftState, b: DraftState): boolean {
  const plain = (value: DraftState) =>
    JSON.stringify(value, (key, v: unknown) => (key === '__typename' ? undefined : v));
  return plain(a) === plain(b);
}

function isDraftState(value: unknown): value is DraftState {
  const v = value as Partial<DraftState> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.title === 'string' &&
    Array.isArray(v.artifacts) &&
    typeof v.content === 'object' &&
    v.content !== null
  );
}

/** Unsaved edits this device kept from an earlier visit, if they differ from the draft now loaded. */
function keptCopy(key: string, loaded: DraftState): LocalDraftCopy<DraftState> | null {
  const copy = readLocalCopy<unknown>(key);
  if (!copy) return null;
  if (!isDraftState(copy.value) || sameDraft(copy.value, loaded)) {
    clearLocalCopy(key);
    return null;
  }
  return copy as LocalDraftCopy<DraftState>;
}

function dedupe(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function StatementEditor({
  submissionId,
  phase,
  venue,
  draft: loaded,
  onReload,
}: {
  submissionId: string;
  phase: 'draft' | 'submitted' | 'revising';
  venue: { id: string; shortName: string };
  draft: DraftFieldsFragment;
  onReload: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<DraftState>(() => toDraftState(loaded));
  const [kept, setKept] = useState(() => keptCopy(submissionId, toDraftState(loaded)));
  const [current, setCurrent] = useState<EditorPart>('details');
  const [showCompleteness, setShowCompleteness] = useState(false);
  // What the server said on the last submit attempt (it may know more than the client checks).
  const [submitError, setSubmitError] = useState<AppErrorInfo | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [saveDraft] = useMutation(SaveDraftMutation);
  const [submitStatement] = useMutation(SubmitStatementMutation);

  const save = useCallback(
    async (value: DraftState, revision: number) => {
      const result = await saveDraft({
        variables: { submissionId, draft: value, expectedDraftRevision: revision },
      });
      const saved = result.data?.saveDraft;
      if (!saved) throw new Error('The server did not return the saved draft.');
      return saved.revision;
    },
    [saveDraft, submissionId],
  );
  const autosave = useAutosave({ value: draft, revision: loaded.revision, save });
  const unsaved = autosave.status !== 'saved';
  useLocalDraftCopy(submissionId, draft, loaded.revision, unsaved, kept === null);

  // Closing the tab with unsaved changes asks first.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const updateDraft: DraftUpdate = useCallback((change) => setDraft((d) => change(d)), []);
  const updateContent: ContentUpdate = useCallback(
    (change) => setDraft((d) => ({ ...d, content: change(d.content) })),
    [],
  );

  // Draft problems (junk, oversize) always show; completeness only after an attempt to submit.
  const liveProblems = useMemo(
    () =>
      showCompleteness
        ? [
            ...validateMetadataForSubmission(draft),
            ...validateForSubmission(draft.content, draft.artifacts, new Date()),
          ]
        : [...validateDraftMetadata(draft), ...validateDraft(draft.content, draft.artifacts)],
    [draft, showCompleteness],
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
  const errorFor = useCallback((path: string) => errors[path], [errors]);
  // Every part still missing, updated as the author fixes them.
  const summaryProblems = useMemo(
    () => (showCompleteness ? dedupe([...liveProblems, ...serverProblems]) : []),
    [showCompleteness, liveProblems, serverProblems],
  );
  const summaryMessage =
    summaryProblems.length > 0
      ? 'The statement cannot be submitted yet.'
      : submitError && submitError.fieldErrors.length === 0
        ? submitError.message
        : null;

  // The same domain rules as the server's, run on every edit.
  const sections: SectionState[] = useMemo(() => {
    const details = validateMetadataForSubmission(draft);
    return [
      { section: 'details', complete: details.length === 0, errors: details },
      ...sectionStatus(draft.content, draft.artifacts, new Date()),
    ];
  }, [draft]);
  const suggestion = useMemo(() => suggestTier(draft.content, draft.artifacts), [draft]);

  const failSubmit = (info: AppErrorInfo | null) => {
    setShowCompleteness(true);
    setSubmitError(info);
    setSummaryFocus((n) => n + 1);
  };

  const onSubmit = async () => {
    setSubmitError(null);
    setSubmitting(true);
    try {
      const problems = [
        ...validateMetadataForSubmission(draft),
        ...validateForSubmission(draft.content, draft.artifacts, new Date()),
      ];
      if (problems.length > 0) return failSubmit(null);
      if (!(await autosave.flush())) {
        return failSubmit({
          code: 'UNKNOWN',
          message: 'The draft could not be saved, so it was not submitted. See the save status above.',
          fieldErrors: [],
        });
      }
      const result = await submitStatement({
        variables: { submissionId, expectedDraftRevision: autosave.currentRevision() },
      });
      const versions = result.data?.submitStatement.versions ?? [];
      const latest = versions.length > 0 ? Math.max(...versions.map((v) => v.number)) : null;
      clearLocalCopy(submissionId);
      navigate(`/submissions/${submissionId}`, {
        state: { flash: latest ? `Statement submitted as version ${latest}.` : 'Statement submitted.' },
      });
    } catch (caught) {
      failSubmit(describeError(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const partProps = (part: EditorPart) => ({
    id: part === 'details' ? 'submission-details' : `section-${part}`,
    className: 'card editor-section',
    'aria-labelledby': `${part}-title`,
    onFocus: () => setCurrent(part),
  });

  return (
    <div>
      <header className="page-header">
        <div>
          <p className="muted small">
            <Link to={`/venues/${venue.id}`}>{venue.shortName}</Link> · Impact statement
            {loaded.basedOnVersion ? ` · revising version ${loaded.basedOnVersion}` : ''}
          </p>
          <h1>{draft.title.trim() || 'Untitled submission'}</h1>
          <PhaseBadge phase={phase} />
        </div>
      </header>

      {/* Always in view while the author scrolls: what is saved, and the way to submit. */}
      <div className="editor-bar" role="region" aria-label="Saving and submitting">
        <SaveStatus
          status={autosave.status}
          errorCode={autosave.error?.code}
          detail={autosave.error?.message}
          onReload={() => void onReload()}
          onRetry={() => void autosave.flush()}
        />
        <div className="editor-bar__actions">
          <a className="editor-bar__progress" href="#statement-progress">
            Progress
          </a>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void onSubmit()}
            disabled={submitting || autosave.status === 'conflict'}
          >
            {submitting ? 'Submitting…' : 'Submit statement'}
          </button>
        </div>
      </div>

      {autosave.status === 'conflict' ? (
        <div className="alert alert--warning" role="alert">
          <p>
            This draft was changed somewhere else (another tab or a co-author) after you opened it, so your
            latest edits were not saved there. They are kept on this device: reload the latest draft, then
            choose whether to apply them.
          </p>
          <button type="button" className="button button--small" onClick={() => void onReload()}>
            Reload latest draft
          </button>
        </div>
      ) : null}
      {kept ? (
        <div className="alert alert--info" role="region" aria-label="Unsaved edits on this device">
          <p>
            Edits you made on {formatDateTime(new Date(kept.savedAt).toISOString())} were not saved, and are
            kept on this device.
            {kept.baseRevision !== loaded.revision
              ? ' The draft has been changed since; applying your edits replaces those changes.'
              : ''}
          </p>
          <div className="row">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => {
                setDraft(kept.value);
                setKept(null);
              }}
            >
              Apply my unsaved edits
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                clearLocalCopy(submissionId);
                setKept(null);
              }}
            >
              Discard them
            </button>
          </div>
        </div>
      ) : null}

      {summaryMessage ? (
        <ErrorSummary message={summaryMessage} problems={summaryProblems} focusRequest={summaryFocus} />
      ) : null}

      <div className="editor">
        <div className="editor__main stack">
          <section {...partProps('details')}>
            <h2 id="details-title">Submission details</h2>
            <DetailsSection draft={draft} update={updateDraft} errorFor={errorFor} />
          </section>

          {STATEMENT_SECTIONS.map((section) => {
            const Section = SECTION_COMPONENTS[section];
            return (
              <section key={section} {...partProps(section)}>
                <h2 id={`${section}-title`}>{SECTION_TITLES[section]}</h2>
                <Section
                  content={draft.content}
                  artifacts={draft.artifacts}
                  update={updateContent}
                  errorFor={errorFor}
                />
              </section>
            );
          })}
        </div>

        <aside className="editor__aside" id="statement-progress" aria-label="Statement progress">
          <SectionNav sections={sections} current={current} onSelect={setCurrent} />
          <TierPreview suggestion={suggestion} title="Live tier preview" />
        </aside>
      </div>
    </div>
  );
}
