// A decision letter as mailed: the chair's approved text, as it is kept on the statement, and below
// it the link to the statement's page, where the letter, the decided plan and the approval stay.
import { paragraphs } from './html';
import type { MailContent } from './mail-message';

export function decisionLetterMail(
  letter: { subject: string; body: string },
  statementLink: string,
): MailContent {
  const text = `${letter.body}\n\n--\nThe decision, its conditions and the release plan stay on the statement's page:\n${statementLink}`;
  return { subject: letter.subject, text, html: paragraphs(text) };
}
