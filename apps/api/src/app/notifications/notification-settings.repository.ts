import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { DEFAULT_DIGEST_HOUR, type NotificationPreference } from '@impact-review/domain';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString } from '../database/to-record';
import { NOTIFICATION_SETTINGS_MODEL, type NotificationSettingsDocument } from './notification-settings.schema';

export interface NotificationSettingsRecord {
  userId: string;
  timeZone: string | null;
  digestHour: number;
  preferences: NotificationPreference[];
  /** 0: nothing saved yet (every choice is the default). */
  revision: number;
}

export type NotificationSettingsChange = Pick<
  NotificationSettingsRecord,
  'timeZone' | 'digestHour' | 'preferences'
>;

function defaults(userId: string): NotificationSettingsRecord {
  return { userId, timeZone: null, digestHour: DEFAULT_DIGEST_HOUR, preferences: [], revision: 0 };
}

@Injectable()
export class NotificationSettingsRepository {
  constructor(
    @InjectModel(NOTIFICATION_SETTINGS_MODEL) private readonly settings: Model<NotificationSettingsDocument>,
  ) {}

  async find(userId: string): Promise<NotificationSettingsRecord> {
    if (!isObjectIdString(userId)) return defaults(userId);
    const doc = await this.settings.findById(userId).lean<NotificationSettingsDocument>().exec();
    if (!doc) return defaults(userId);
    return {
      userId,
      timeZone: doc.timeZone ?? null,
      digestHour: doc.digestHour,
      preferences: doc.preferences.map(({ venueId, kind, delivery }) => ({
        venueId: venueId ?? null,
        kind,
        delivery,
      })),
      revision: doc.revision,
    };
  }

  /** Many people's settings at once (recipients of one change); people without a document get the defaults. */
  async findMany(userIds: readonly string[]): Promise<Map<string, NotificationSettingsRecord>> {
    const ids = [...new Set(userIds)].filter(isObjectIdString);
    const docs = await this.settings
      .find({ _id: { $in: ids } })
      .lean<NotificationSettingsDocument[]>()
      .exec();
    const found = new Map(docs.map((doc) => [String(doc._id), doc]));
    return new Map(
      userIds.map((id) => {
        const doc = found.get(id);
        return [
          id,
          doc
            ? {
                userId: id,
                timeZone: doc.timeZone ?? null,
                digestHour: doc.digestHour,
                preferences: doc.preferences.map(({ venueId, kind, delivery }) => ({
                  venueId: venueId ?? null,
                  kind,
                  delivery,
                })),
                revision: doc.revision,
              }
            : defaults(id),
        ];
      }),
    );
  }

  /**
   * Saves the settings if nobody changed them since `expectedRevision` was read (0: never saved);
   * null when somebody did, so the caller reads again and re-applies its one change.
   */
  async save(
    userId: string,
    expectedRevision: number,
    change: NotificationSettingsChange,
    now: Date,
  ): Promise<NotificationSettingsRecord | null> {
    const next = { ...change, revision: expectedRevision + 1, updatedAt: now };
    if (expectedRevision === 0) {
      try {
        await this.settings.create({ _id: new Types.ObjectId(userId), ...next });
      } catch (error) {
        if (isDuplicateKey(error)) return null;
        throw error;
      }
    } else {
      const result = await this.settings
        .updateOne({ _id: new Types.ObjectId(userId), revision: expectedRevision }, { $set: next })
        .exec();
      if (result.matchedCount === 0) return null;
    }
    return { userId, ...change, revision: next.revision };
  }

}
