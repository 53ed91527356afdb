/** What a template produces: every mail has a plain-text part and an HTML part saying the same. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}
