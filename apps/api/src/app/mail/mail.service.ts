import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue, type JobContext } from '../jobs';
import type { MailContent } from './templates/mail-message';

export const SEND_MAIL_JOB = 'mail.send';

export interface OutgoingMail {
  /**
   * Idempotency key: one mail per key, however often it is enqueued or its job runs. Derive it from
   * what the mail is about (e.g. the hash of the link's token); `uniqueMailKey()` for one-off mails.
   */
  key: string;
  to: string;
  content: MailContent;
  /** Shown on that venue's jobs page; null for mail about accounts. */
  venueId?: string | null;
  /** The submission the mail is about, if any: hidden from that venue's conflicted chairs. */
  subjectId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

interface MailPayload {
  to: string;
  subject: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
  sentAt?: string;
  messageId?: string;
}

/** A key for a mail that is not about anything that could be asked twice. */
export function uniqueMailKey(kind: string): string {
  return `${kind}:${randomUUID()}`;
}

/**
 * Outgoing mail through an outbox: `enqueue` stores the mail as a durable job and returns at once;
 * a worker sends it through SMTP (config.smtpUrl), retrying with backoff while the server is away,
 * so a stopped mail server delays mail and loses none.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {
    this.transport = nodemailer.createTransport({
      url: config.smtpUrl,
      // One SMTP connection per concurrent job, reused across mails instead of a handshake per mail.
      pool: true,
      maxConnections: config.jobs.concurrency,
      // A dead mail server must fail the attempt soon, so the job retries instead of hanging.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  onModuleInit(): void {
    this.queue.register(SEND_MAIL_JOB, (payload, context) =>
      this.deliver(payload as unknown as MailPayload, context),
    );
  }

  /** Puts a mail in the outbox; call it after the change it reports has been saved. */
  async enqueue(mail: OutgoingMail): Promise<void> {
    const payload: MailPayload = {
      to: mail.to,
      subject: mail.content.subject,
      text: mail.content.text,
      html: mail.content.html,
      ...(mail.headers ? { headers: mail.headers } : {}),
    };
    await this.queue.enqueue({
      name: SEND_MAIL_JOB,
      key: `mail:${mail.key}`,
      venueId: mail.venueId ?? null,
      subjectId: mail.subjectId ?? null,
      summary: `Email to ${mail.to}: ${mail.content.subject}`,
      payload: payload as unknown as Record<string, unknown>,
    });
  }

  private async deliver(payload: MailPayload, context: JobContext): Promise<void> {
    if (payload.sentAt) return; // sent by an attempt whose result was not recorded
    // The same key always gives the same Message-ID: in the one window no ledger closes (the SMTP
    // server accepted, the process died before recording it) a resent copy is recognisably the same.
    const messageId = `<${createHash('sha256').update(context.job.key).digest('hex').slice(0, 32)}@impact-review>`;
    await context.once(context.job.key, async () => {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: payload.to,
        subject: payload.subject,
        text: payload.text,
        html: payload.html,
        messageId,
        headers: payload.headers,
      });
    });
    // Links in mail carry tokens; the outbox keeps who and what, not the body, once it is sent.
    await context.replacePayload({
      to: payload.to,
      subject: payload.subject,
      sentAt: new Date().toISOString(),
      messageId,
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
