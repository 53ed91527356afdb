import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKey } from './duplicate-key';
import { SITE_SECRET_MODEL, type SiteSecretDocument } from './site-secret.schema';

@Injectable()
export class SiteSecretRepository {
  constructor(@InjectModel(SITE_SECRET_MODEL) private readonly secrets: Model<SiteSecretDocument>) {}

  /**
   * The named secret, made by `make` in whichever process asks first; every process on the
   * database gets the same one (the first insert wins, the others read it).
   */
  async getOrCreate(name: string, make: () => string): Promise<string> {
    const existing = await this.secrets.findById(name).lean<SiteSecretDocument>().exec();
    if (existing) return existing.value;
    try {
      await this.secrets.create({ _id: name, value: make(), createdAt: new Date() });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const doc = await this.secrets.findById(name).lean<SiteSecretDocument>().exec();
    if (!doc) throw new Error(`The site secret "${name}" could not be stored.`);
    return doc.value;
  }
}
