import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Response } from 'express';
import type { Connection } from 'mongoose';

/** GET /health: the API answers, and says whether the database does. */
@Controller('health')
export class HealthController {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let database: { status: 'up' | 'down'; latencyMs?: number; error?: string };
    try {
      await this.connection.db?.admin().ping();
      database = { status: 'up', latencyMs: Date.now() - started };
    } catch {
      database = { status: 'down', error: 'The database did not answer a ping.' };
    }
    const ok = database.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : 'degraded',
      api: { status: 'up', uptimeSeconds: Math.round(process.uptime()) },
      database,
    });
  }
}
