import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../common/errors/app-error';
import { NotificationSettingsService } from './notification-settings.service';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL of the
 * List-Unsubscribe header. Only POST changes anything; people who open the link get the web page.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Post(':token')
  @HttpCode(200)
  async oneClick(@Param('token') token: string, @Res() res: Response): Promise<void> {
    try {
      const result = await this.settings.unsubscribe(token);
      res
        .type('text/plain')
        .send(`Unsubscribed: you will no longer get mail when "${result.kindLabel.toLowerCase()}".\n`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        res.status(404).type('text/plain').send(`${error.message}\n`);
        return;
      }
      throw error;
    }
  }
}
