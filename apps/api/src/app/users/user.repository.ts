import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../database/duplicate-key';
import { escapeRegex } from '../database/escape-regex';
import { isObjectIdString, toRecord } from '../database/to-record';
import { USER_MODEL, type UserDocument } from './user.schema';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  siteAdmin: boolean;
  canCreateVenues: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type SiteFlag = 'siteAdmin' | 'canCreateVenues';

function toUserRecord(doc: UserDocument): UserRecord {
  const record = toRecord(doc);
  // Accounts from before site permissions existed have neither flag.
  return { ...record, siteAdmin: record.siteAdmin === true, canCreateVenues: record.canCreateVenues === true };
}

@Injectable()
export class UserRepository {
  constructor(@InjectModel(USER_MODEL) private readonly users: Model<UserDocument>) {}

  async findById(id: string): Promise<UserRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.users.findById(id).lean<UserDocument>().exec();
    return doc ? toUserRecord(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<UserRecord[]> {
    const valid = ids.filter(isObjectIdString);
    const docs = await this.users.find({ _id: { $in: valid } }).lean<UserDocument[]>().exec();
    return docs.map(toUserRecord);
  }

  async count(): Promise<number> {
    return this.users.countDocuments().exec();
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const doc = await this.users.findOne({ email: email.toLowerCase() }).lean<UserDocument>().exec();
    return doc ? toUserRecord(doc) : null;
  }

  /** Returns null when the address is taken (the unique index decides, so two racing sign-ups cannot both win). */
  async create(input: { email: string; name: string; passwordHash: string; siteAdmin?: boolean }): Promise<UserRecord | null> {
    try {
      const doc = await this.users.create({ ...input, email: input.email.toLowerCase() });
      return toUserRecord(doc.toObject<UserDocument>());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<UserRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.users.findByIdAndUpdate(id, { $set: { passwordHash } }, { new: true }).lean<UserDocument>().exec();
    return doc ? toUserRecord(doc) : null;
  }

  /** Sets one site permission flag; idempotent, so two administrators doing the same agree. */
  async setSiteFlag(id: string, flag: SiteFlag, value: boolean): Promise<UserRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.users.findByIdAndUpdate(id, { $set: { [flag]: value } }, { new: true }).lean<UserDocument>().exec();
    return doc ? toUserRecord(doc) : null;
  }

  /** Makes the accounts with these addresses administrators (SITE_ADMIN_EMAILS at start-up). */
  async markSiteAdmins(emails: readonly string[]): Promise<number> {
    if (emails.length === 0) return 0;
    const result = await this.users
      .updateMany({ email: { $in: emails.map((e) => e.toLowerCase()) }, siteAdmin: { $ne: true } }, { $set: { siteAdmin: true } })
      .exec();
    return result.modifiedCount ?? 0;
  }

  /** Accounts holding a site flag, or with one of `emails`: the administration page's short list. */
  async findStaff(emails: readonly string[]): Promise<UserRecord[]> {
    // Three indexed equality reads instead of one $or, which FerretDB would filter after a scan.
    const [admins, creators, configured] = await Promise.all([
      this.users.find({ siteAdmin: true }).limit(500).lean<UserDocument[]>().exec(),
      this.users.find({ canCreateVenues: true }).limit(500).lean<UserDocument[]>().exec(),
      emails.length > 0 ? this.users.find({ email: { $in: [...emails] } }).lean<UserDocument[]>().exec() : [],
    ]);
    return uniqueById([...admins, ...creators, ...configured].map(toUserRecord));
  }

  /**
   * Accounts whose email starts with `text`, or whose name contains it (case-insensitive). Used by
   * site administrators only; the email part is an indexed range, the name part a capped scan.
   */
  async search(text: string, limit: number): Promise<UserRecord[]> {
    const needle = text.trim().toLowerCase();
    if (needle.length === 0) return [];
    const [byEmail, byName] = await Promise.all([
      this.users
        .find({ email: { $gte: needle, $lt: `${needle}\uffff` } })
        .sort({ email: 1 })
        .limit(limit)
        .lean<UserDocument[]>()
        .exec(),
      this.users
        .find({ name: { $regex: escapeRegex(text.trim()), $options: 'i' } })
        .sort({ email: 1 })
        .limit(limit)
        .lean<UserDocument[]>()
        .exec(),
    ]);
    return uniqueById([...byEmail, ...byName].map(toUserRecord))
      .sort((a, b) => a.email.localeCompare(b.email))
      .slice(0, limit);
  }
}

function uniqueById(records: UserRecord[]): UserRecord[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}
