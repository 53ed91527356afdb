// Mail about convened meetings: the invitation to the members.
import { paragraphs } from './html';
import type { MailContent } from './mail-message';

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function meetingInvitationMail(input: {
  recipientName: string;
  venue: { name: string; shortName: string };
  title: string;
  scheduledFor: Date;
  items: number;
  meetingLink: string;
}): MailContent {
  const agenda = input.items === 1 ? 'one statement' : `${input.items} statements`;
  const text = [
    `Hello ${input.recipientName},`,
    `The chairs of ${input.venue.name} (${input.venue.shortName}) convene “${input.title}” on ${formatUtc(input.scheduledFor)}, to decide ${agenda} in full review. You are a member: you will find the agenda, the statements and their reviews on the meeting's page (statements you are conflicted with stay hidden from you, and you will be recused from them).`,
    'Please check in on the page when the meeting starts, so that it has quorum.',
    `The meeting:\n${input.meetingLink}`,
  ].join('\n\n');
  return { subject: `Meeting: ${input.title} (${input.venue.shortName})`, text, html: paragraphs(text) };
}
