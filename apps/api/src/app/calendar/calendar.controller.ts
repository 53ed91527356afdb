import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarService } from './calendar.service';

/** The feeds calendar apps fetch: GET /calendar/<token>.ics, no session (the token is the credential). */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const text = await this.calendar.render(token);
    if (text === null) {
      // Unknown, revoked and no-longer-a-chair look the same.
      res.status(404).type('text/plain').send('There is no calendar at this address. Make a new one in your settings.\n');
      return;
    }
    res.setHeader('cache-control', 'private, max-age=300');
    res.type('text/calendar; charset=utf-8').send(text);
  }
}
