// A convened meeting as an IRB holds one: a chair convenes members with an agenda of statements
// awaiting a full-review decision, records who is present, takes each item in turn (conflicted
// members recused from it), and the members vote on motions. Quorum and the passing of a motion
// are decision.rules' (quorumFor, motionOutcome); this module checks the meeting's own inputs.
import { meaningfulLength } from '../shared/field-checks.util';
import type { FieldError } from '../statement/impact-statement.types';

export const MEETING_STATES = ['scheduled', 'in_session', 'ended'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_STATE_LABELS: Readonly<Record<MeetingState, string>> = {
  scheduled: 'Scheduled',
  in_session: 'In session',
  ended: 'Ended',
};

export const AGENDA_ITEM_STATES = ['pending', 'decided', 'deferred'] as const;
export type AgendaItemState = (typeof AGENDA_ITEM_STATES)[number];

export const MOTION_STATES = ['open', 'passed', 'failed', 'withdrawn'] as const;
export type MotionState = (typeof MOTION_STATES)[number];

export const MAX_MEETING_TITLE = 200;
export const MAX_MEETING_MEMBERS = 100;
export const MAX_AGENDA_ITEMS = 100;
export const MAX_MOTION_TEXT = 2_000;

export interface MeetingInput {
  readonly title: string;
  readonly scheduledFor: Date;
  readonly memberIds: readonly string[];
  readonly submissionIds: readonly string[];
}

/** The problems with a meeting a chair convenes: a title, a real date, members, a sensible agenda. */
export function validateMeeting(input: MeetingInput): FieldError[] {
  const errors: FieldError[] = [];
  const title = meaningfulLength(input.title);
  if (title === 0) errors.push({ path: 'title', message: 'Give the meeting a title.' });
  else if (title > MAX_MEETING_TITLE) errors.push({ path: 'title', message: `Keep the title under ${MAX_MEETING_TITLE} characters.` });
  if (Number.isNaN(input.scheduledFor.getTime())) errors.push({ path: 'scheduledFor', message: 'Choose the date and time of the meeting.' });
  if (input.memberIds.length === 0) errors.push({ path: 'memberIds', message: 'Invite the members who will decide.' });
  else if (input.memberIds.length > MAX_MEETING_MEMBERS)
    errors.push({ path: 'memberIds', message: `Invite at most ${MAX_MEETING_MEMBERS} members.` });
  if (new Set(input.memberIds).size !== input.memberIds.length) errors.push({ path: 'memberIds', message: 'A member is listed twice.' });
  if (input.submissionIds.length > MAX_AGENDA_ITEMS)
    errors.push({ path: 'submissionIds', message: `Put at most ${MAX_AGENDA_ITEMS} statements on one agenda.` });
  if (new Set(input.submissionIds).size !== input.submissionIds.length)
    errors.push({ path: 'submissionIds', message: 'A statement is on the agenda twice.' });
  return errors;
}

/** Why a member may not vote on the current item's open motion now, or null when they may. */
export function voteRefusal(facts: {
  readonly member: boolean;
  readonly voting: boolean;
  readonly present: boolean;
  readonly recused: boolean;
  readonly motionOpen: boolean;
}): string | null {
  if (!facts.member) return 'Only the meeting’s members vote.';
  if (!facts.voting) return 'You take part in this meeting without a vote.';
  if (facts.recused) return 'You are recused from this item: you have a conflict with the statement.';
  if (!facts.present) return 'Check in as present before you vote.';
  if (!facts.motionOpen) return 'There is no open motion to vote on.';
  return null;
}

/** The problems with a motion's text. */
export function validateMotionText(text: string): FieldError[] {
  const length = meaningfulLength(text);
  if (length === 0) return [{ path: 'text', message: 'Say what the motion proposes.' }];
  if (length > MAX_MOTION_TEXT) return [{ path: 'text', message: `Keep the motion under ${MAX_MOTION_TEXT.toLocaleString('en-GB')} characters.` }];
  return [];
}
