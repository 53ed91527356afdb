import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { VoteChoice } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isObjectIdString, toRecord } from '../database/to-record';
import { MEETING_MODEL, MOTION_MODEL, VOTE_MODEL, type MeetingDocument, type MotionDocument, type VoteDocument } from './meeting.schema';

export type MeetingRecord = Omit<MeetingDocument, '_id'> & { id: string };
export type MotionRecord = Omit<MotionDocument, '_id'> & { id: string };
export type VoteRecord = Omit<VoteDocument, '_id'> & { id: string };

const FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

function plain<T extends { _id: unknown }>(doc: T): Omit<T, '_id'> & { id: string } {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as T & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  return toRecord(rest as never) as Omit<T, '_id'> & { id: string };
}

/** Meetings, their motions and votes: the only class touching their collections. */
@Injectable()
export class MeetingRepository {
  constructor(
    @InjectModel(MEETING_MODEL) private readonly meetings: Model<MeetingDocument>,
    @InjectModel(MOTION_MODEL) private readonly motions: Model<MotionDocument>,
    @InjectModel(VOTE_MODEL) private readonly votes: Model<VoteDocument>,
  ) {}

  async findById(id: string): Promise<MeetingRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.meetings.findById(id, FIELDS).lean<MeetingDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  async forVenue(venueId: string): Promise<MeetingRecord[]> {
    const docs = await this.meetings.find({ venueId }, FIELDS).sort({ scheduledFor: -1 }).lean<MeetingDocument[]>().exec();
    return docs.map(toRecord);
  }

  async create(meeting: Omit<MeetingRecord, 'id' | 'revision'>, events: readonly PendingEvent[]): Promise<MeetingRecord> {
    const doc = await this.meetings.create({ ...meeting, revision: 1, pendingEvents: [...events], hasPendingEvents: events.length > 0 });
    return plain(doc.toObject<MeetingDocument>());
  }

  /** One guarded change of the meeting: applied only while `filter` still holds; null when it did not. */
  async change(id: string, filter: Record<string, unknown>, update: Record<string, unknown>, events: readonly PendingEvent[]): Promise<MeetingRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.meetings
      .findOneAndUpdate({ _id: id, ...filter }, withEvents({ ...update, $inc: { revision: 1 } }, events), { new: true })
      .lean<MeetingDocument>()
      .exec();
    return doc ? plain(doc) : null;
  }

  newMotionId(): string {
    return new Types.ObjectId().toHexString();
  }

  async createMotion(id: string, motion: Omit<MotionRecord, 'id'>): Promise<MotionRecord> {
    const doc = await this.motions.create({ _id: new Types.ObjectId(id), ...motion });
    return plain(doc.toObject<MotionDocument>());
  }

  async motion(id: string): Promise<MotionRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.motions.findById(id, FIELDS).lean<MotionDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  async motionsOf(meetingId: string): Promise<MotionRecord[]> {
    const docs = await this.motions.find({ meetingId }, FIELDS).sort({ openedAt: 1 }).lean<MotionDocument[]>().exec();
    return docs.map(toRecord);
  }

  /** Closes an open motion with its result; null when it was already closed (of two closes, one wins). */
  async closeMotion(id: string, state: 'passed' | 'failed' | 'withdrawn', result: MotionRecord['result'], at: Date, events: readonly PendingEvent[]): Promise<MotionRecord | null> {
    const doc = await this.motions
      .findOneAndUpdate({ _id: id, state: 'open' }, withEvents({ $set: { state, result, closedAt: at } }, events), { new: true })
      .lean<MotionDocument>()
      .exec();
    return doc ? plain(doc) : null;
  }

  /** Records (or changes) a member's vote: one per member and motion, the last one counts. */
  async vote(motionId: string, meetingId: string, userId: string, choice: VoteChoice, at: Date): Promise<void> {
    await this.votes.updateOne({ motionId, userId }, { $set: { meetingId, choice, at } }, { upsert: true }).exec();
  }

  async votesOf(motionIds: readonly string[]): Promise<VoteRecord[]> {
    if (motionIds.length === 0) return [];
    const docs = await this.votes.find({ motionId: { $in: [...motionIds] } }).sort({ at: 1 }).lean<VoteDocument[]>().exec();
    return docs.map(toRecord);
  }
}
