import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isObjectIdString, toRecord } from '../database/to-record';
import { POOL_IMPORT_MODEL, type PoolImportDocument, type PoolImportLineDocument, type PoolImportState } from './pool-import.schema';

export type PoolImportRecord = Omit<PoolImportDocument, '_id'> & { id: string };

@Injectable()
export class PoolImportRepository {
  constructor(@InjectModel(POOL_IMPORT_MODEL) private readonly imports: Model<PoolImportDocument>) {}

  async create(input: Pick<PoolImportDocument, 'venueId' | 'startedById' | 'rows' | 'refused'>): Promise<PoolImportRecord> {
    const doc = await this.imports.create({ ...input, state: 'running', done: 0, sent: [], skipped: [], error: null, finishedAt: null });
    return toRecord(doc.toObject<PoolImportDocument>());
  }

  async findById(id: string): Promise<PoolImportRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.imports.findById(id).lean<PoolImportDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  /**
   * Records rows handled since `from` (conditional on it, so a lost lease's late write cannot
   * count rows twice). False when another attempt moved on.
   */
  async progress(
    id: string,
    from: number,
    to: number,
    lines: { sent: PoolImportLineDocument[]; skipped: PoolImportLineDocument[]; refused: PoolImportLineDocument[] },
  ): Promise<boolean> {
    const result = await this.imports
      .updateOne(
        { _id: id, state: 'running', done: from },
        { $set: { done: to }, $push: { sent: { $each: lines.sent }, skipped: { $each: lines.skipped }, refused: { $each: lines.refused } } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async finish(id: string, state: Exclude<PoolImportState, 'running'>, error: string | null, at: Date): Promise<void> {
    await this.imports.updateOne({ _id: id, state: 'running' }, { $set: { state, error, finishedAt: at } }).exec();
  }
}
