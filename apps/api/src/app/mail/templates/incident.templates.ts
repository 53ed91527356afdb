// Mail about incident reports from the public: the link that confirms a report, the
// acknowledgement, the final answer (to the reporter, who may have no account), and the request
// to the authors (without the reporter's address unless they agreed).
import { paragraphs } from './html';
import type { MailContent } from './mail-message';

interface About {
  /** "“Voice cloning” (SMR 2030)" or "SMR 2030" for a report about the venue in general. */
  about: string;
}

export function incidentConfirmMail(input: About & { confirmLink: string; expiresHours: number }): MailContent {
  const text = [
    `Someone (we hope you) reported an incident about ${input.about} on Impact Review and gave this address.`,
    `Confirm the report with the link below within ${input.expiresHours} hours; until then it does not reach the committee. If this was not you, ignore this email.`,
    `Confirm the report:\n${input.confirmLink}`,
  ].join('\n\n');
  return { subject: `Confirm your incident report about ${input.about}`, text, html: paragraphs(text) };
}

export function incidentAcknowledgedMail(input: About & { reference: string }): MailContent {
  const text = [
    `Thank you: your report about ${input.about} reached the committee (reference ${input.reference}).`,
    'The chairs will look into it and answer you at this address. Your address is not shown to the authors unless you agreed to it.',
  ].join('\n\n');
  return { subject: `Your incident report about ${input.about} was received`, text, html: paragraphs(text) };
}

export function incidentAnswerMail(input: About & { reference: string; answer: string }): MailContent {
  const text = [
    `The committee has finished with your report about ${input.about} (reference ${input.reference}). Its answer:`,
    input.answer,
    'Thank you for telling us.',
  ].join('\n\n');
  return { subject: `Answer to your incident report about ${input.about}`, text, html: paragraphs(text) };
}

export function incidentToAuthorsMail(input: About & { recipientName: string; whatHappened: string; evidenceLinks: readonly string[]; question: string; reporter: string | null; submissionLink: string }): MailContent {
  const text = [
    `Hello ${input.recipientName},`,
    `The chairs received an incident report about ${input.about} and ask you about it:`,
    input.question,
    `The report:\n${input.whatHappened}`,
    ...(input.evidenceLinks.length > 0 ? [`Evidence it links to:\n${input.evidenceLinks.join('\n')}`] : []),
    input.reporter ? `The reporter agreed to be named: ${input.reporter}.` : 'The reporter is not named to you.',
    `Answer the chairs by replying to them; the statement:\n${input.submissionLink}`,
  ].join('\n\n');
  return { subject: `Incident report about ${input.about}: the chairs ask you`, text, html: paragraphs(text) };
}
