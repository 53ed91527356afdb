import { escapeHtml, paragraphs } from './html';
import type { MailContent } from './mail-message';

export interface InvitationMailInput {
  venueName: string;
  venueShortName: string;
  /** Human label of the role, e.g. "Expert reviewer". */
  roleLabel: string;
  inviterName: string;
  /** The chair's personal note; empty for none. */
  message: string;
  /** `${publicWebUrl}/invitations/<token>`. */
  link: string;
  expiresAt: Date;
}

function formatExpiry(date: Date): string {
  // Readers are anywhere; UTC with the zone written out is unambiguous.
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The invitation to take a role at a venue. */
export function invitationMail(input: InvitationMailInput): MailContent {
  const article = /^[aeiou]/i.test(input.roleLabel) ? 'an' : 'a';
  const role = input.roleLabel.toLowerCase();
  const subject = `Invitation: ${input.roleLabel} at ${input.venueShortName}`;
  const intro = `${input.inviterName} invites you to join ${input.venueName} (${input.venueShortName}) as ${article} ${role} on Impact Review.`;
  const note = input.message.trim();
  const expiry = `The invitation is valid until ${formatExpiry(input.expiresAt)}.`;
  const ignore = 'If you did not expect this invitation, you can ignore this email or decline it on the page above.';

  const text = [
    intro,
    ...(note ? [`Message from ${input.inviterName}:\n${note}`] : []),
    `Accept or decline the invitation here:\n${input.link}`,
    expiry,
    ignore,
  ].join('\n\n');

  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    ...(note
      ? [`<p>Message from ${escapeHtml(input.inviterName)}:</p>`, `<blockquote>${paragraphs(note)}</blockquote>`]
      : []),
    `<p><a href="${escapeHtml(input.link)}">Accept or decline the invitation</a></p>`,
    `<p>${escapeHtml(expiry)}</p>`,
    `<p>${escapeHtml(ignore)}</p>`,
  ].join('\n');

  return { subject, text, html };
}
