import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isObjectIdString, toRecord } from '../database/to-record';
import { USER_MODEL, type UserDocument } from './user.schema';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: Date;
  updatedAt: Date;
}

const DUPLICATE_KEY = 11000;

@Injectable()
export class UserRepository {
  constructor(@InjectModel(USER_MODEL) private readonly users: Model<UserDocument>) {}

  async findById(id: string): Promise<UserRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.users.findById(id).lean<UserDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<UserRecord[]> {
    const valid = ids.filter(isObjectIdString);
    const docs = await this.users.find({ _id: { $in: valid } }).lean<UserDocument[]>().exec();
    return docs.map(toRecord);
  }

  async count(): Promise<number> {
    return this.users.countDocuments().exec();
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const doc = await this.users.findOne({ email: email.toLowerCase() }).lean<UserDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  /** Returns null when the address is taken (the unique index decides, so two racing sign-ups cannot both win). */
  async create(input: { email: string; name: string; passwordHash: string }): Promise<UserRecord | null> {
    try {
      const doc = await this.users.create({ ...input, email: input.email.toLowerCase() });
      return toRecord(doc.toObject<UserDocument>());
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
      throw error;
    }
  }
}
