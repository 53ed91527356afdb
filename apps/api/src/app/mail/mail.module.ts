import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Outgoing mail through SMTP (config.smtpUrl); global because many features notify people. */
@Global()
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
