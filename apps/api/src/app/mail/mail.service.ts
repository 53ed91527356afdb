import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MailContent } from './templates/mail-message';

/** The outcome of one send; a failure is reported, never thrown, so it cannot undo a saved change. */
export type MailResult = { ok: true; messageId: string } | { ok: false; error: string };

@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.smtpUrl,
      // Sending happens inside a request: a dead mail server must not hang it for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  /** Sends one mail; call it only after the change it reports has been saved. */
  async send(to: string, content: MailContent): Promise<MailResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.mailFrom,
        to,
        subject: content.subject,
        text: content.text,
        html: content.html,
      });
      return { ok: true, messageId: String(info.messageId ?? '') };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Mail to ${to} failed ("${content.subject}"): ${message}`);
      return { ok: false, error: message };
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
