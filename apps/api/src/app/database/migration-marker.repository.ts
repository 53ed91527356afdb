import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { MIGRATION_MARKER_MODEL, type MigrationMarkerDocument } from './migration-marker.schema';

/** Remembers which start-up data migrations have finished, so each one runs to its end exactly once. */
@Injectable()
export class MigrationMarkerRepository {
  constructor(@InjectModel(MIGRATION_MARKER_MODEL) private readonly markers: Model<MigrationMarkerDocument>) {}

  async isFinished(name: string): Promise<boolean> {
    return (await this.markers.exists({ _id: name })) !== null;
  }

  async markFinished(name: string, now: Date): Promise<void> {
    await this.markers.updateOne({ _id: name }, { $setOnInsert: { finishedAt: now } }, { upsert: true }).exec();
  }
}
