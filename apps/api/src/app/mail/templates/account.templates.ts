// Mails about the account itself: the sign-up link, "you already have an account", the password
// reset link and "no account uses this address". Every one of them can be asked for by anyone who
// types an address, so each says what to do if the reader did not ask for it.
import { escapeHtml } from './html';
import type { MailContent } from './mail-message';

const NOT_YOU =
  'If you did not ask for this, you can ignore this email: nothing changes until the link is used.';

function formatExpiry(date: Date): string {
  // Readers are anywhere; UTC with the zone written out is unambiguous.
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Paragraphs and links (label → URL), the same in the text and the HTML part. */
function compose(
  subject: string,
  parts: ({ text: string } | { link: string; label: string })[],
): MailContent {
  const text = parts
    .map((part) => ('link' in part ? `${part.label}:\n${part.link}` : part.text))
    .join('\n\n');
  const html = parts
    .map((part) =>
      'link' in part
        ? `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.label)}</a></p>`
        : `<p>${escapeHtml(part.text)}</p>`,
    )
    .join('\n');
  return { subject, text, html };
}

export function signUpLinkMail(input: { link: string; expiresAt: Date }): MailContent {
  return compose('Create your Impact Review account', [
    { text: 'Someone, hopefully you, asked to create an Impact Review account with this email address.' },
    { label: 'Choose your name and password here', link: input.link },
    { text: `The link works once, until ${formatExpiry(input.expiresAt)}.` },
    { text: NOT_YOU },
  ]);
}

export function accountExistsMail(input: {
  email: string;
  signInLink: string;
  resetLink: string;
}): MailContent {
  return compose('You already have an Impact Review account', [
    {
      text: `Someone asked to create an Impact Review account for ${input.email}, but this address already has one.`,
    },
    { label: 'Sign in', link: input.signInLink },
    { label: 'Forgot your password? Choose a new one', link: input.resetLink },
    { text: 'If you did not ask for this, you can ignore this email: your account is unchanged.' },
  ]);
}

export function passwordResetMail(input: { name: string; link: string; expiresAt: Date }): MailContent {
  return compose('Choose a new password for Impact Review', [
    { text: `Hello ${input.name}, someone asked to reset the password of your Impact Review account.` },
    { label: 'Choose a new password', link: input.link },
    {
      text: `The link works once, until ${formatExpiry(input.expiresAt)}. Setting a new password signs you out everywhere else.`,
    },
    { text: NOT_YOU },
  ]);
}

export function noAccountMail(input: { email: string; signUpLink: string }): MailContent {
  return compose('About your Impact Review password', [
    {
      text: `Someone asked to reset the password for ${input.email}, but no Impact Review account uses this address.`,
    },
    { label: 'Create an account', link: input.signUpLink },
    { text: 'If you did not ask for this, you can ignore this email.' },
  ]);
}
