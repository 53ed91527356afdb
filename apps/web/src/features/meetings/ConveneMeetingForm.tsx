// A chair convenes a meeting: a title, when (a wall time in the venue's zone), the members who decide
// (the venue's chairs and reviewers; community members marked, since quorum may need one), the
// statements awaiting a full-review decision for the agenda, and the community-member quorum rule.
// Checked with the domain's validateMeeting before sending, as the server checks it.
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { labelOf, validateMeeting } from '@impact-review/domain';
import type { MeetingConveneChoicesQuery } from '../../gql/graphql';
import { FormError, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { unplacedProblems } from '../../lib/errors';
import type { FieldProblem } from '../../lib/errors';
import { countOf } from '../../lib/format';
import { useDomainForm } from '../../lib/useDomainForm';
import { ConveneMeetingMutation, MeetingConveneChoicesQuery as ChoicesQuery } from './meetings.operations';
import { scheduledInstant } from './meetingTime';

type VenueMember = MeetingConveneChoicesQuery['venue']['members'][number];

const DECIDING_ROLES = new Set(['chair', 'expert_reviewer', 'community_reviewer']);
/** Above this many people the picker offers a search and shows the matches only. */
const SHOW_AT_ONCE = 40;

/** A community member counts toward the community part of the quorum (as the server decides it). */
export function isCommunityMember(roles: readonly string[]): boolean {
  return roles.includes('community_reviewer') && !roles.includes('expert_reviewer');
}

interface Values {
  title: string;
  scheduledLocal: string;
  memberIds: string[];
  submissionIds: string[];
  requireCommunityMember: boolean;
}

function problemsOf(values: Values, timeZone: string): FieldProblem[] {
  const when = scheduledInstant(values.scheduledLocal, timeZone);
  const problems = validateMeeting({ ...values, scheduledFor: when.date });
  return when.problem
    ? [{ path: 'scheduledFor', message: when.problem }, ...problems.filter((p) => p.path !== 'scheduledFor')]
    : problems;
}

export function ConveneMeetingForm({
  venueId,
  timeZone,
  onCancel,
}: {
  venueId: string;
  timeZone: string;
  onCancel: () => void;
}) {
  const query = useQuery(ChoicesQuery, { variables: { venueId } });
  if (!query.data) return <QueryState query={query} loadingLabel="Loading the members and the statements…" />;
  return (
    <ConveneForm
      venueId={venueId}
      timeZone={timeZone}
      people={query.data.venue.members.filter((m) => m.roles.some((r) => DECIDING_ROLES.has(r)))}
      candidates={query.data.venue.meetingCandidates}
      onCancel={onCancel}
    />
  );
}

function ConveneForm({
  venueId,
  timeZone,
  people,
  candidates,
  onCancel,
}: {
  venueId: string;
  timeZone: string;
  people: readonly VenueMember[];
  candidates: readonly { id: string; title: string }[];
  onCancel: () => void;
}) {
  const navigate = useNavigate();
  const [convene] = useMutation(ConveneMeetingMutation);
  const form = useDomainForm<Values>(
    { title: '', scheduledLocal: '', memberIds: [], submissionIds: [], requireCommunityMember: true },
    (values) => problemsOf(values, timeZone),
  );
  const { values, set, formRef } = form;
  // Opened by a button: the chair continues typing in the form.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), [formRef]);
  const [search, setSearch] = useState('');
  const sorted = useMemo(() => [...people].sort((a, b) => a.user.name.localeCompare(b.user.name)), [people]);
  const chosen = new Set(values.memberIds);
  const needle = search.trim().toLowerCase();
  const matching = needle ? sorted.filter((m) => m.user.name.toLowerCase().includes(needle)) : sorted;
  // The people chosen stay in view whatever the search, so a chair sees whom they picked.
  const shown =
    matching.length > SHOW_AT_ONCE
      ? [
          ...sorted.filter((m) => chosen.has(m.user.id)),
          ...matching.filter((m) => !chosen.has(m.user.id)).slice(0, SHOW_AT_ONCE),
        ]
      : matching;
  const communityChosen = people.filter((m) => chosen.has(m.user.id) && isCommunityMember(m.roles)).length;

  const toggleMember = (id: string, on: boolean) =>
    set('memberIds', on ? [...values.memberIds, id] : values.memberIds.filter((m) => m !== id));
  // The agenda keeps the order of the list (by title), whatever the order of the clicks.
  const toggleItem = (id: string, on: boolean) => {
    const next = new Set(values.submissionIds);
    if (on) next.add(id);
    else next.delete(id);
    set(
      'submissionIds',
      candidates.filter((c) => next.has(c.id)).map((c) => c.id),
    );
  };
  /** The error of one member or statement the server named by its place in the list sent. */
  const errorAt = (list: 'memberIds' | 'submissionIds', id: string) => {
    const index = values[list].indexOf(id);
    return index >= 0 ? form.errorFor(`${list}.${index}`) : undefined;
  };
  const placed = [
    'title',
    'scheduledFor',
    'memberIds',
    'submissionIds',
    ...values.memberIds.map((_, i) => `memberIds.${i}`),
    ...values.submissionIds.map((_, i) => `submissionIds.${i}`),
  ];
  const unplaced = unplacedProblems(
    (form.lastError?.fieldErrors ?? []).map((p) => ({ ...p, path: p.path.replace(/^input\./, '') })),
    placed,
  );

  // The summary goes once every marked field is put right (a refusal of another kind stays).
  const stillWrong =
    form.lastError?.code !== 'BAD_USER_INPUT' ||
    Object.keys(form.fieldErrors).length > 0 ||
    unplaced.length > 0;

  const submit = () =>
    form.submit({
      pathPrefix: 'input.',
      mutate: async () => {
        const result = await convene({
          variables: {
            venueId,
            input: {
              title: values.title.trim(),
              scheduledFor: scheduledInstant(values.scheduledLocal, timeZone).date.toISOString(),
              memberIds: values.memberIds,
              submissionIds: values.submissionIds,
              requireCommunityMember: values.requireCommunityMember,
            },
          },
          refetchQueries: ['MeetingsOfVenue'],
        });
        return result.data?.conveneMeeting.id ?? null;
      },
      onSuccess: (id) => {
        if (id) void navigate(`/venues/${venueId}/meetings/${id}`);
      },
    });

  const scheduledError = form.errorFor('scheduledFor');
  return (
    <form
      noValidate
      ref={form.formRef}
      aria-labelledby="convene-title"
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="convene-title">Convene a meeting</h3>
      <FormError message={stillWrong ? form.formError : null} problems={unplaced.map((p) => p.message)} />
      <TextField label="Title" required placeholder="Full review, May" {...form.field('title')} />
      <TextField
        label={`Date and time (${timeZone})`}
        hint="In the venue’s time zone; the members are mailed the time with the link to the meeting."
        type="datetime-local"
        required
        name="scheduledFor"
        value={values.scheduledLocal}
        error={scheduledError}
        onChange={(event) => {
          set('scheduledLocal', event.target.value.slice(0, 16));
          form.clearField('scheduledFor');
        }}
      />

      <fieldset className="stack stack--tight" aria-describedby="members-hint">
        <legend>Members</legend>
        <p id="members-hint" className="field__hint">
          The chairs and reviewers who decide. Everyone conflicted with an item is recused from it when it is
          taken up.
        </p>
        {form.errorFor('memberIds') ? <p className="field__error">{form.errorFor('memberIds')}</p> : null}
        {people.length === 0 ? (
          <p className="muted">The venue has no chairs or reviewers yet: invite them on the Members tab.</p>
        ) : (
          <>
            {people.length > 10 ? (
              <div className="row row--field">
                <TextField
                  label="Find a member"
                  type="search"
                  autoComplete="off"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                />
              </div>
            ) : null}
            <div className="row small">
              <span role="status">
                {countOf(values.memberIds.length, 'member')} chosen,{' '}
                {countOf(communityChosen, 'community member')}.
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  set('memberIds', [...new Set([...values.memberIds, ...matching.map((m) => m.user.id)])])
                }
              >
                {needle ? 'Choose everyone found' : 'Choose everyone'}
              </button>
              {values.memberIds.length > 0 ? (
                <button type="button" className="button button--small" onClick={() => set('memberIds', [])}>
                  Clear the choice
                </button>
              ) : null}
            </div>
            <ul className="plain-list member-picker">
              {shown.map((m) => {
                const error = errorAt('memberIds', m.user.id);
                return (
                  <li key={m.user.id}>
                    <label className="choice member-picker__choice">
                      <input
                        type="checkbox"
                        checked={chosen.has(m.user.id)}
                        aria-invalid={error ? true : undefined}
                        onChange={(event) => {
                          toggleMember(m.user.id, event.target.checked);
                          form.clearField('memberIds');
                        }}
                      />
                      <span>
                        {m.user.name}{' '}
                        <span className="muted small">
                          {m.roles
                            .filter((r) => DECIDING_ROLES.has(r))
                            .map((r) => labelOf(r))
                            .join(', ')}
                        </span>
                        {isCommunityMember(m.roles) ? (
                          <span className="badge badge--info">Community member</span>
                        ) : null}
                      </span>
                    </label>
                    {error ? <p className="field__error">{error}</p> : null}
                  </li>
                );
              })}
            </ul>
            {matching.length > SHOW_AT_ONCE ? (
              <p className="small muted">
                Showing {SHOW_AT_ONCE} of {matching.length} people found: type more of a name to narrow the
                list.
              </p>
            ) : matching.length === 0 ? (
              <p className="small muted">Nobody’s name contains “{search.trim()}”.</p>
            ) : null}
          </>
        )}
      </fieldset>

      <fieldset className="stack stack--tight" aria-describedby="agenda-hint">
        <legend>Agenda</legend>
        <p id="agenda-hint" className="field__hint">
          Statements in full review awaiting a decision. They are taken up in this order; an agenda may start
          empty.
        </p>
        {form.errorFor('submissionIds') ? (
          <p className="field__error">{form.errorFor('submissionIds')}</p>
        ) : null}
        {candidates.length === 0 ? (
          <p className="muted">
            No statement awaits a full-review decision: a statement is listed once its tier is confirmed as
            full.
          </p>
        ) : (
          <ul className="plain-list">
            {candidates.map((c) => {
              const error = errorAt('submissionIds', c.id);
              const position = values.submissionIds.indexOf(c.id);
              return (
                <li key={c.id}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={position >= 0}
                      aria-invalid={error ? true : undefined}
                      onChange={(event) => {
                        toggleItem(c.id, event.target.checked);
                        form.clearField('submissionIds');
                      }}
                    />
                    <span>
                      {c.title}
                      {position >= 0 ? <span className="muted small"> · item {position + 1}</span> : null}
                    </span>
                  </label>
                  {error ? <p className="field__error">{error}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Quorum</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={values.requireCommunityMember}
            aria-describedby="community-quorum-hint"
            onChange={(event) => set('requireCommunityMember', event.target.checked)}
          />
          Quorum needs at least one community member present
        </label>
        <p id="community-quorum-hint" className="field__hint">
          Quorum is a majority of the voting members not recused from an item; as with an IRB’s non-scientist
          member, it can also need one member from outside the field.
          {values.requireCommunityMember && values.memberIds.length > 0 && communityChosen === 0
            ? ' None of the members chosen is a community member, so no item could reach quorum.'
            : ''}
        </p>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Convening…' : 'Convene and mail the members'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
