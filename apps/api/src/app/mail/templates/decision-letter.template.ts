// A decision letter as mailed: the chair's approved text, as it is kept on the statement.
import { paragraphs } from './html';
import type { MailContent } from './mail-message';

export function decisionLetterMail(letter: { subject: string; body: string }): MailContent {
  return { subject: letter.subject, text: letter.body, html: paragraphs(letter.body) };
}
