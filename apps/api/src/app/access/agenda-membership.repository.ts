import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { toRecord } from '../database/to-record';
import { AGENDA_MEMBERSHIP_MODEL, type AgendaMembershipDocument } from './agenda-membership.schema';

export type AgendaMembershipRecord = Omit<AgendaMembershipDocument, '_id'> & { id: string };

/** Meetings' agendas as access facts: written by the meetings feature, read by the access layer. */
@Injectable()
export class AgendaMembershipRepository {
  constructor(@InjectModel(AGENDA_MEMBERSHIP_MODEL) private readonly entries: Model<AgendaMembershipDocument>) {}

  async forSubmissions(submissionIds: readonly string[]): Promise<AgendaMembershipRecord[]> {
    if (submissionIds.length === 0) return [];
    const docs = await this.entries.find({ submissionId: { $in: [...submissionIds] } }).lean<AgendaMembershipDocument[]>().exec();
    return docs.map(toRecord);
  }

  /** Makes the meeting's entries exactly these statements with these members (idempotent). */
  async replaceForMeeting(meetingId: string, venueId: string, submissionIds: readonly string[], memberIds: readonly string[]): Promise<void> {
    await this.entries.deleteMany({ meetingId, submissionId: { $nin: [...submissionIds] } }).exec();
    for (const submissionId of submissionIds)
      await this.entries.updateOne({ meetingId, submissionId }, { $set: { venueId, memberIds: [...memberIds] } }, { upsert: true }).exec();
  }

  /** The meeting ended: its members no longer read its statements through it. */
  async removeMeeting(meetingId: string): Promise<void> {
    await this.entries.deleteMany({ meetingId }).exec();
  }
}
