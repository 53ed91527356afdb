// One meeting, followed live: the page asks for `MeetingLive` every 3 seconds while the meeting is in
// session (every 5 while it waits to start, never once it ended, and not while the tab is hidden),
// and reads the closed motions and the minutes again only when the live part shows a change there.
// Chairs run it (start, attendance, take up or defer items, motions, end); members check in and
// vote. A member recused from an item sees neither its title nor its motions.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { DECISION_OUTCOME_LABELS } from '@impact-review/domain';
import type { VoteChoice } from '@impact-review/domain';
import type {
  MeetingItemFieldsFragment,
  MeetingLiveFieldsFragment,
  MotionRecordFieldsFragment,
} from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { describeError } from '../../lib/errors';
import { countOf } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { MeetingMinutes } from './MeetingMinutes';
import { MotionForm } from './MotionForm';
import { MotionRecord, MotionStateBadge } from './MotionRecord';
import { QuorumStatus } from './QuorumStatus';
import { VotePanel } from './VotePanel';
import {
  CastVoteMutation,
  CloseMotionMutation,
  DeferAgendaItemMutation,
  EndMeetingMutation,
  MeetingLiveQuery,
  MeetingRecordQuery,
  SetMeetingAttendanceMutation,
  StartMeetingMutation,
  TakeAgendaItemMutation,
} from './meetings.operations';
import { meetingTimeText, readerTimeText } from './meetingTime';
import { MeetingStateBadge } from './MeetingStateBadge';

type Meeting = MeetingLiveFieldsFragment;
type Item = MeetingItemFieldsFragment;

const POLL_MS = { in_session: 3000, scheduled: 5000, ended: 0 } as const;

/** A failure as one sentence, with the server's reasons (a vote refused, no quorum) after it. */
function sentenceOf(error: unknown): string {
  const info = describeError(error);
  const reasons = info.fieldErrors.map((p) => p.message).filter((m) => m !== info.message);
  return [info.message, ...reasons].join(' ');
}

/**
 * An inline "are you sure?": while it shows, its first button has the focus; when it is dismissed,
 * the button that asked for it has the focus again.
 */
function useConfirmation() {
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return { asking, setAsking, askRef, confirmRef };
}

/** Runs one mutation at a time for a part of the page, keeping its failure to show there. */
function useAction(onConflict: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(sentenceOf(e));
        // The meeting moved under the click (another chair, a poll not yet in): look again.
        if (describeError(e).code === 'CONFLICT') onConflict();
      } finally {
        setBusy(false);
      }
    },
    [onConflict],
  );
  return { busy, error, run, clear: () => setError(null) };
}

/**
 * Moves the focus to a heading once the page shows what an action changed: the button pressed is
 * usually gone (a taken item loses "Take up"), and the focus must not fall back to the page's top.
 */
function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 100);
}

function itemName(item: Item): string {
  return item.recused || !item.submission
    ? `Item ${item.position}`
    : `Item ${item.position}: ${item.submission.title}`;
}

/** What changed since the last answer, in a sentence for the live region (or null). */
function changeOf(before: Meeting | null, now: Meeting): string | null {
  if (!before) return null;
  if (before.state !== now.state) {
    if (now.state === 'in_session') return 'The meeting has started.';
    if (now.state === 'ended') return 'The meeting has ended. The minutes are on this page.';
  }
  if (before.currentItem?.position !== now.currentItem?.position && now.currentItem) {
    const item = now.items[now.currentItem.position - 1];
    return item?.recused
      ? `Item ${item.position} is taken up. You are recused from it.`
      : `Now discussing ${item ? itemName(item) : 'the next item'}.`;
  }
  if (before.openMotion?.id !== now.openMotion?.id) {
    if (now.openMotion) return `A motion is open for a vote: ${now.openMotion.text}`;
    return 'The motion was closed.';
  }
  return null;
}

export function MeetingPage({ venueId, timeZone }: { venueId: string; timeZone: string }) {
  const { meetingId = '' } = useParams();
  const live = useQuery(MeetingLiveQuery, {
    variables: { id: meetingId },
    // A tab in the background asks for nothing; it catches up on the next tick when shown.
    skipPollAttempt: () => typeof document !== 'undefined' && document.hidden,
  });
  const meeting = live.data?.meeting ?? null;
  useDocumentTitle(meeting?.title ?? 'Meeting');
  const { startPolling, stopPolling } = live;
  const state = meeting?.state;
  useEffect(() => {
    const interval = state ? POLL_MS[state] : 0;
    if (interval > 0) startPolling(interval);
    else stopPolling();
    return () => stopPolling();
  }, [state, startPolling, stopPolling]);

  const record = useQuery(MeetingRecordQuery, { variables: { id: meetingId }, skip: !meeting });
  // The record changes only when a motion opens or closes, an item is decided, or the meeting ends.
  const recordKey = meeting
    ? `${meeting.state}|${meeting.openMotion?.id ?? ''}|${meeting.items.map((i) => i.state).join(',')}`
    : '';
  const seenKey = useRef(recordKey);
  const { refetch: refetchRecord } = record;
  useEffect(() => {
    if (seenKey.current !== recordKey && seenKey.current !== '') void refetchRecord();
    seenKey.current = recordKey;
  }, [recordKey, refetchRecord]);

  const previous = useRef<Meeting | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!meeting) return;
    const change = changeOf(previous.current, meeting);
    if (change) setAnnouncement(change);
    previous.current = meeting;
  }, [meeting]);

  if (!meeting)
    return (
      <QueryState
        query={live}
        loadingLabel="Loading the meeting…"
        errorAction={<BackToMeetings venueId={venueId} />}
      />
    );
  return (
    <MeetingView
      meeting={meeting}
      venueId={venueId}
      timeZone={timeZone}
      motions={record.data?.meeting.motions ?? []}
      minutes={record.data?.meeting.minutes ?? null}
      announcement={announcement}
      onStale={() => void live.refetch()}
    />
  );
}

function BackToMeetings({ venueId }: { venueId: string }) {
  return (
    <p>
      <Link to={`/venues/${venueId}/meetings`}>All meetings</Link>
    </p>
  );
}

function MeetingView({
  meeting,
  venueId,
  timeZone,
  motions,
  minutes,
  announcement,
  onStale,
}: {
  meeting: Meeting;
  venueId: string;
  timeZone: string;
  motions: readonly MotionRecordFieldsFragment[];
  minutes: string | null;
  announcement: string;
  onStale: () => void;
}) {
  const { viewer } = useAuth();
  const me = meeting.members.find((m) => m.person.id === viewer?.id) ?? null;
  const current = meeting.currentItem ? (meeting.items[meeting.currentItem.position - 1] ?? null) : null;
  const titleOf = (submissionId: string) => {
    const item = meeting.items.find((i) => i.submission?.id === submissionId);
    return item ? itemName(item) : 'An item';
  };
  const closed = motions.filter((m) => m.state !== 'open');
  // The current item's motions are read where it is discussed; the card below keeps the others.
  const currentId = meeting.state === 'in_session' ? (current?.submission?.id ?? null) : null;
  const onCurrent = closed.filter((m) => m.submissionId === currentId);
  const others = closed.filter((m) => m.submissionId !== currentId);
  return (
    <div className="meeting stack">
      <BackToMeetings venueId={venueId} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <MeetingHeader meeting={meeting} me={me} timeZone={timeZone} onStale={onStale} />
      <div className="meeting-layout">
        <div className="meeting-layout__main stack">
          {meeting.state === 'ended' && minutes ? (
            <MeetingMinutes title={meeting.title} minutes={minutes} />
          ) : null}
          {meeting.state === 'in_session' ? (
            <CurrentItem meeting={meeting} item={current} me={me} earlier={onCurrent} onStale={onStale} />
          ) : null}
          {meeting.state === 'scheduled' ? (
            <section className="card" aria-labelledby="waiting-title">
              <h3 id="waiting-title">Not started yet</h3>
              <p className="muted">
                {meeting.viewerCan.manage
                  ? 'Start the meeting when the members are there; they can check in from then on.'
                  : 'The chair starts the meeting; you can check in from then on. This page follows it by itself.'}
              </p>
            </section>
          ) : null}
        </div>
        <div className="meeting-layout__aside stack">
          <Agenda meeting={meeting} current={current} onStale={onStale} />
          <Attendance meeting={meeting} viewerId={viewer?.id ?? null} onStale={onStale} />
        </div>
        {others.length > 0 ? (
          <section className="card stack meeting-layout__record" aria-labelledby="motions-title">
            <h3 id="motions-title">
              {onCurrent.length > 0 || currentId ? 'Motions on other items' : 'Motions'}
            </h3>
            {others.map((motion) => (
              <MotionRecord key={motion.id} motion={motion} itemLabel={titleOf(motion.submissionId)} />
            ))}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function MeetingHeader({
  meeting,
  me,
  timeZone,
  onStale,
}: {
  meeting: Meeting;
  me: Meeting['members'][number] | null;
  timeZone: string;
  onStale: () => void;
}) {
  const [start] = useMutation(StartMeetingMutation);
  const [end] = useMutation(EndMeetingMutation);
  const [attend] = useMutation(SetMeetingAttendanceMutation);
  const action = useAction(onStale);
  const ending = useConfirmation();
  const manage = meeting.viewerCan.manage;
  const variables = { meetingId: meeting.id };
  const readerTime = readerTimeText(meeting.scheduledFor, timeZone);
  return (
    <section className="card stack meeting-header" aria-labelledby="meeting-title">
      <div className="card__header">
        <h2 id="meeting-title" tabIndex={-1}>
          {meeting.title}
        </h2>
        <MeetingStateBadge state={meeting.state} />
      </div>
      <dl className="details">
        <dt>Scheduled</dt>
        <dd>
          {meetingTimeText(meeting.scheduledFor, timeZone)}
          {readerTime ? <span className="muted small block">{readerTime}</span> : null}
        </dd>
        {meeting.startedAt ? (
          <>
            <dt>Started</dt>
            <dd>{meetingTimeText(meeting.startedAt, timeZone)}</dd>
          </>
        ) : null}
        {meeting.endedAt ? (
          <>
            <dt>Ended</dt>
            <dd>{meetingTimeText(meeting.endedAt, timeZone)}</dd>
          </>
        ) : null}
        <dt>Quorum</dt>
        <dd>
          A majority of the voting members not recused from an item
          {meeting.requireCommunityMember ? ', with at least one community member' : ''}.
        </dd>
      </dl>
      {meeting.state === 'in_session' ? (
        <p className="small muted live-note">
          <span className="live-dot" aria-hidden="true" /> Live: this page updates every few seconds.
        </p>
      ) : null}

      {me && meeting.viewerCan.vote ? (
        <div className="row check-in">
          {meeting.state === 'in_session' ? (
            <>
              <span className={`badge ${me.present ? 'badge--success' : 'badge--warning'}`}>
                {me.present ? 'You are checked in' : 'You are not checked in'}
              </span>
              <button
                type="button"
                className={`button ${me.present ? '' : 'button--primary'}`}
                disabled={action.busy}
                onClick={() =>
                  void action.run(() =>
                    attend({ variables: { ...variables, userId: me.person.id, present: !me.present } }),
                  )
                }
              >
                {me.present ? 'Check out' : 'Check in'}
              </button>
            </>
          ) : meeting.state === 'scheduled' ? (
            <span className="small muted">You are a member. Check-in opens when the meeting starts.</span>
          ) : (
            <span className="small muted">You were {me.present ? 'present' : 'not present'} at the end.</span>
          )}
        </div>
      ) : null}

      {manage && meeting.state !== 'ended' ? (
        <div className="row chair-controls" role="group" aria-label="Run the meeting">
          {meeting.state === 'scheduled' ? (
            <button
              type="button"
              className="button button--primary"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  await start({ variables });
                  focusSoon('meeting-title');
                })
              }
            >
              Start the meeting
            </button>
          ) : ending.asking ? (
            <>
              <span className="small">End now? The minutes are written and the meeting cannot resume.</span>
              <button
                ref={ending.confirmRef}
                type="button"
                className="button button--danger"
                disabled={action.busy}
                onClick={() =>
                  void action.run(async () => {
                    await end({ variables });
                    ending.setAsking(false);
                    focusSoon('minutes-title');
                  })
                }
              >
                End the meeting now
              </button>
              <button type="button" className="button" onClick={() => ending.setAsking(false)}>
                Keep it going
              </button>
            </>
          ) : (
            <>
              <button
                ref={ending.askRef}
                type="button"
                className="button"
                disabled={action.busy || meeting.openMotion !== null}
                aria-describedby={meeting.openMotion ? 'end-blocked' : undefined}
                onClick={() => ending.setAsking(true)}
              >
                End the meeting
              </button>
              {meeting.openMotion ? (
                <span id="end-blocked" className="small muted">
                  Close or withdraw the open motion first.
                </span>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {action.error ? (
        <p className="alert alert--error" role="alert">
          {action.error}
        </p>
      ) : null}
    </section>
  );
}

function CurrentItem({
  meeting,
  item,
  me,
  earlier,
  onStale,
}: {
  meeting: Meeting;
  item: Item | null;
  me: Meeting['members'][number] | null;
  /** Closed motions on this item, oldest first. */
  earlier: readonly MotionRecordFieldsFragment[];
  onStale: () => void;
}) {
  const [vote] = useMutation(CastVoteMutation);
  const [close] = useMutation(CloseMotionMutation);
  const [defer] = useMutation(DeferAgendaItemMutation);
  const voting = useAction(onStale);
  const chair = useAction(onStale);
  const closing = useConfirmation();
  const manage = meeting.viewerCan.manage;
  const motion = meeting.openMotion;
  if (!item) {
    return (
      <section className="card current-item" aria-labelledby="current-title">
        <h3 id="current-title" tabIndex={-1}>
          No item under discussion
        </h3>
        <p className="muted">
          {manage
            ? 'Take up an item from the agenda to discuss it and put a motion to the members.'
            : 'The chair takes up the next item; it shows here.'}
        </p>
      </section>
    );
  }
  if (item.recused || !item.submission) {
    return (
      <section
        className="card current-item current-item--recused"
        aria-labelledby="current-kicker current-title"
      >
        <p id="current-kicker" className="small muted">
          Now: item {item.position}
        </p>
        <h3 id="current-title" tabIndex={-1}>
          You are recused from this item
        </h3>
        <p>
          You have a conflict with this statement: you see nothing of it and do not vote on it. The page shows
          the next item when the chair takes it up.
        </p>
      </section>
    );
  }
  const submission = item.submission;
  const counted = item.quorum.counted;
  const castVote = (choice: VoteChoice) => {
    if (!motion) return;
    void voting.run(() => vote({ variables: { meetingId: meeting.id, motionId: motion.id, choice } }));
  };
  const closeMotion = (withdraw: boolean) => {
    if (!motion) return;
    void chair.run(async () => {
      await close({ variables: { meetingId: meeting.id, motionId: motion.id, withdraw } });
      closing.setAsking(false);
      focusSoon('item-motions-title');
    });
  };
  return (
    <section className="card stack current-item" aria-labelledby="current-kicker current-title">
      <div>
        <p id="current-kicker" className="small muted">
          Now: item {item.position}
        </p>
        <h3 id="current-title" tabIndex={-1}>
          <Link to={`/submissions/${submission.id}`}>{submission.title}</Link>
        </h3>
        {item.recusedCount > 0 ? (
          <p className="small muted">{countOf(item.recusedCount, 'member')} recused from this item.</p>
        ) : null}
      </div>
      <QuorumStatus quorum={item.quorum} requireCommunityMember={meeting.requireCommunityMember} />
      {earlier.length > 0 ? (
        <section className="stack stack--tight" aria-labelledby="item-motions-title">
          <h4 id="item-motions-title" tabIndex={-1}>
            Motions on this item
          </h4>
          {earlier.map((m) => (
            <MotionRecord key={m.id} motion={m} />
          ))}
        </section>
      ) : null}

      {motion ? (
        <section className="open-motion stack" aria-labelledby="open-motion-title">
          <div className="row row--between">
            <h4 id="open-motion-title" tabIndex={-1}>
              Motion
            </h4>
            <MotionStateBadge state={motion.state} />
          </div>
          <p className="motion-record__text">“{motion.text}”</p>
          <p className="small">
            Proposes: <strong>{motion.proposedOutcomeLabel}</strong>
          </p>
          {motion.conditions.length > 0 ? (
            <ul className="small motion-record__conditions">
              {motion.conditions.map((condition, i) => (
                <li key={i}>{condition}</li>
              ))}
            </ul>
          ) : null}
          {me && meeting.viewerCan.vote ? (
            <VotePanel
              motion={motion}
              facts={{ member: true, voting: me.voting, present: me.present, recused: item.recused }}
              counted={counted}
              busy={voting.busy}
              error={voting.error}
              onVote={castVote}
            />
          ) : (
            <p className="small muted">
              {countOf(motion.votesCast, 'vote')} cast so far of {counted} counted.
            </p>
          )}
          {manage ? (
            <div className="row chair-controls" role="group" aria-label="Close the motion">
              {closing.asking ? (
                <>
                  <span className="small">
                    {motion.votesCast} of {counted} have voted; those who have not count against a majority.
                    Close anyway?
                  </span>
                  <button
                    ref={closing.confirmRef}
                    type="button"
                    className="button button--primary"
                    disabled={chair.busy}
                    onClick={() => closeMotion(false)}
                  >
                    Close the vote now
                  </button>
                  <button type="button" className="button" onClick={() => closing.setAsking(false)}>
                    Wait for the votes
                  </button>
                </>
              ) : (
                <>
                  <button
                    ref={closing.askRef}
                    type="button"
                    className="button button--primary"
                    disabled={chair.busy}
                    onClick={() =>
                      motion.votesCast < counted ? closing.setAsking(true) : closeMotion(false)
                    }
                  >
                    Close the vote
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={chair.busy}
                    onClick={() => closeMotion(true)}
                  >
                    Withdraw the motion
                  </button>
                </>
              )}
            </div>
          ) : null}
        </section>
      ) : (
        <>
          {item.state === 'decided' ? (
            <p className="alert alert--success" role="status">
              Decided: {item.outcome ? DECISION_OUTCOME_LABELS[item.outcome] : 'recorded'}. The chair sends
              the letter from the statement’s page.
            </p>
          ) : manage ? (
            <>
              <MotionForm
                key={submission.id}
                meetingId={meeting.id}
                submissionId={submission.id}
                statementTitle={submission.title}
                onOpened={() => focusSoon('open-motion-title')}
              />
              <div className="row">
                <button
                  type="button"
                  className="button"
                  disabled={chair.busy}
                  onClick={() =>
                    void chair.run(() =>
                      defer({ variables: { meetingId: meeting.id, submissionId: submission.id } }).then(() =>
                        focusSoon('current-title'),
                      ),
                    )
                  }
                >
                  Defer this item to a later meeting
                </button>
              </div>
            </>
          ) : (
            <p className="muted">
              No motion is open. The chair puts one to the members; you can vote on it here.
            </p>
          )}
        </>
      )}
      {chair.error ? (
        <p className="alert alert--error" role="alert">
          {chair.error}
        </p>
      ) : null}
    </section>
  );
}

const ITEM_STATES: Readonly<Record<string, { label: string; tone: string }>> = {
  pending: { label: 'Pending', tone: 'neutral' },
  decided: { label: 'Decided', tone: 'success' },
  deferred: { label: 'Deferred', tone: 'warning' },
};

function Agenda({
  meeting,
  current,
  onStale,
}: {
  meeting: Meeting;
  current: Item | null;
  onStale: () => void;
}) {
  const [take] = useMutation(TakeAgendaItemMutation);
  const [defer] = useMutation(DeferAgendaItemMutation);
  const action = useAction(onStale);
  const manage = meeting.viewerCan.manage && meeting.state !== 'ended';
  const blocked = meeting.openMotion !== null;
  return (
    <section className="card stack" aria-labelledby="agenda-title">
      <h3 id="agenda-title">Agenda</h3>
      {meeting.items.length === 0 ? <p className="muted">Nothing is on the agenda.</p> : null}
      <ol className="agenda">
        {meeting.items.map((item) => {
          const isCurrent = current?.position === item.position;
          const state = ITEM_STATES[item.state] ?? { label: item.state, tone: 'neutral' };
          const submissionId = item.submission?.id ?? null;
          return (
            <li
              key={item.position}
              className={`agenda__item${isCurrent ? ' agenda__item--current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <div className="row row--between agenda__head">
                <span className="agenda__title">
                  <span className="agenda__position">{item.position}.</span>{' '}
                  {item.recused || !item.submission ? (
                    <em>You are recused from this item</em>
                  ) : (
                    <Link to={`/submissions/${item.submission.id}`}>{item.submission.title}</Link>
                  )}
                </span>
                <span className="row row--inline agenda__badges">
                  {isCurrent ? <span className="badge badge--now">Now</span> : null}
                  {isCurrent && item.state === 'pending' ? null : (
                    <span className={`badge badge--${state.tone}`}>
                      {/* The outcome is part of what a recused member does not see (the minutes leave it out too). */}
                      {item.state === 'decided' && item.outcome && !item.recused
                        ? `Decided: ${DECISION_OUTCOME_LABELS[item.outcome]}`
                        : state.label}
                    </span>
                  )}
                </span>
              </div>
              {item.state === 'pending' ? (
                <QuorumStatus
                  quorum={item.quorum}
                  requireCommunityMember={meeting.requireCommunityMember}
                  compact
                />
              ) : null}
              {manage && submissionId && item.state === 'pending' ? (
                <div className="row agenda__actions">
                  {meeting.state === 'in_session' && !isCurrent ? (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={action.busy || blocked}
                      onClick={() =>
                        void action.run(async () => {
                          await take({ variables: { meetingId: meeting.id, submissionId } });
                          focusSoon('current-title');
                        })
                      }
                    >
                      Take up<span className="visually-hidden"> item {item.position}</span>
                    </button>
                  ) : null}
                  {!isCurrent ? (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={action.busy || blocked}
                      onClick={() =>
                        void action.run(() => defer({ variables: { meetingId: meeting.id, submissionId } }))
                      }
                    >
                      Defer<span className="visually-hidden"> item {item.position}</span>
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {manage && blocked ? <p className="small muted">While a motion is open, the agenda waits.</p> : null}
      {action.error ? (
        <p className="alert alert--error" role="alert">
          {action.error}
        </p>
      ) : null}
    </section>
  );
}

function Attendance({
  meeting,
  viewerId,
  onStale,
}: {
  meeting: Meeting;
  viewerId: string | null;
  onStale: () => void;
}) {
  const [attend] = useMutation(SetMeetingAttendanceMutation);
  const action = useAction(onStale);
  const manage = meeting.viewerCan.manage && meeting.state === 'in_session';
  const present = meeting.members.filter((m) => m.present).length;
  return (
    <section className="card stack" aria-labelledby="attendance-title">
      <div className="card__header">
        <h3 id="attendance-title">Attendance</h3>
        <span className="small muted">
          {present} of {meeting.members.length} present
        </span>
      </div>
      <ul className="plain-list attendance">
        {meeting.members.map((m) => {
          const you = m.person.id === viewerId;
          return (
            <li key={m.person.id} className="attendance__row">
              <span className="attendance__name">
                {m.person.name}
                {you ? <span className="muted"> (you)</span> : null}
                {m.community ? <span className="badge badge--info">Community</span> : null}
                {!m.voting ? <span className="badge badge--neutral">No vote</span> : null}
              </span>
              <span className="row row--inline attendance__state">
                <span className={`badge ${m.present ? 'badge--success' : 'badge--neutral'}`}>
                  {m.present ? 'Present' : 'Absent'}
                </span>
                {manage ? (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(() =>
                        attend({
                          variables: { meetingId: meeting.id, userId: m.person.id, present: !m.present },
                        }),
                      )
                    }
                  >
                    {m.present ? 'Mark absent' : 'Mark present'}
                    <span className="visually-hidden">: {m.person.name}</span>
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {action.error ? (
        <p className="alert alert--error" role="alert">
          {action.error}
        </p>
      ) : null}
    </section>
  );
}
