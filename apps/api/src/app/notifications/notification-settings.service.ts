import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  deliveryFor,
  isRequiredNotice,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  nextDigestAt,
  validateDigestSchedule,
  withPreference,
  type Actor,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationPreference,
  type SignedInActor,
} from '@impact-review/domain';
import { Clock } from '../common/clock';
import { AppError, fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SiteSecretRepository } from '../database/site-secret.repository';
import { VenueRepository } from '../venues';
import type {
  NotificationChoice,
  NotificationSettings,
  UnsubscribeLink,
} from './models/notification-settings.model';
import {
  NotificationSettingsRepository,
  type NotificationSettingsChange,
  type NotificationSettingsRecord,
} from './notification-settings.repository';
import { notificationErrors } from './notifications.errors';
import { signUnsubscribeToken, verifyUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token';

/** One person's own changes race only each other (a page of choices saved at once): enough tries for all. */
const SAVE_ATTEMPTS = 25;

/** Links a notification mail carries, for its footer and its List-Unsubscribe header. */
export interface NotificationLinks {
  preferencesLink: string;
  /** The page that asks "unsubscribe?" (a GET never changes anything: mail scanners follow links). */
  unsubscribeLink: string;
  /** RFC 8058 one-click target: a POST here unsubscribes at once. */
  oneClickUnsubscribeUrl: string;
}

@Injectable()
export class NotificationSettingsService {
  private secret: Promise<string> | null = null;

  constructor(
    private readonly repository: NotificationSettingsRepository,
    private readonly venues: VenueRepository,
    private readonly clock: Clock,
    private readonly secrets: SiteSecretRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settingsOf(actor: Actor): Promise<NotificationSettings> {
    const person = signedIn(actor);
    return this.present(person, await this.repository.find(person.userId));
  }

  async setDelivery(
    actor: Actor,
    input: { venueId?: string | null; kind: NotificationKind; delivery?: NotificationDelivery | null },
  ): Promise<NotificationSettings> {
    const person = signedIn(actor);
    const venueId = input.venueId ?? null;
    if (venueId !== null && !venueIdsOf(person).includes(venueId))
      fail(notificationErrors, 'VENUE_NOT_FOUND');
    const delivery = input.delivery ?? null;
    if (isRequiredNotice(input.kind))
      throw AppError.badInput([{ path: 'delivery', message: 'Notices about approvals are required: they always come by email at once.' }]);
    if (delivery === null && venueId === null) {
      throw AppError.badInput([{ path: 'delivery', message: 'Choose how this kind of email reaches you.' }]);
    }
    const saved = await this.update(person.userId, (current) => ({
      ...current,
      preferences:
        delivery === null
          ? current.preferences.filter((p) => !(p.venueId === venueId && p.kind === input.kind))
          : withPreference(current.preferences, { venueId, kind: input.kind, delivery }),
    }));
    return this.present(person, saved);
  }

  async setDigestSchedule(
    actor: Actor,
    input: { timeZone: string; digestHour: number },
  ): Promise<NotificationSettings> {
    const person = signedIn(actor);
    const errors = validateDigestSchedule(input);
    if (errors.length > 0) throw AppError.badInput(errors);
    const saved = await this.update(person.userId, (current) => ({
      ...current,
      timeZone: input.timeZone,
      digestHour: input.digestHour,
    }));
    return this.present(person, saved);
  }

  async unsubscribeLink(token: string): Promise<UnsubscribeLink> {
    const scope = await this.scopeOf(token);
    const settings = await this.repository.find(scope.userId);
    return this.describe(scope, settings.preferences);
  }

  /** Turns the link's kind of mail off for its venue (or every venue); doing it twice changes nothing. */
  async unsubscribe(token: string): Promise<UnsubscribeLink> {
    const scope = await this.scopeOf(token);
    // Required notices carry no unsubscribe link; an old or forged one changes nothing.
    if (isRequiredNotice(scope.kind)) return this.describe(scope, (await this.repository.find(scope.userId)).preferences);
    const saved = await this.update(scope.userId, (current) => ({
      ...current,
      preferences: withPreference(current.preferences, {
        venueId: scope.venueId,
        kind: scope.kind,
        delivery: 'never',
      }),
    }));
    return this.describe(scope, saved.preferences);
  }

  /** The links a mail about `kind` at `venueId` (null: several venues, as in a digest) carries for `userId`. */
  async linksFor(userId: string, venueId: string | null, kind: NotificationKind): Promise<NotificationLinks> {
    const token = signUnsubscribeToken({ userId, venueId, kind }, await this.mailLinkSecret());
    const base = this.config.publicWebUrl;
    return {
      preferencesLink: `${base}/settings/notifications`,
      unsubscribeLink: `${base}/unsubscribe/${token}`,
      oneClickUnsubscribeUrl: `${base}/mail/unsubscribe/${token}`,
    };
  }

  /** How each person wants mail of `kind` about `venueId`, with their digest clock. */
  async deliveriesFor(
    userIds: readonly string[],
    venueId: string,
    kind: NotificationKind,
  ): Promise<Map<string, { delivery: NotificationDelivery; settings: NotificationSettingsRecord }>> {
    const all = await this.repository.findMany(userIds);
    return new Map(
      [...all].map(([id, settings]) => [
        id,
        { delivery: deliveryFor(settings.preferences, venueId, kind), settings },
      ]),
    );
  }

  /** When `userId`'s digest goes out: their zone (UTC until chosen) and local hour. */
  async digestClockOf(userId: string): Promise<{ timeZone: string; digestHour: number }> {
    const settings = await this.repository.find(userId);
    return { timeZone: settings.timeZone ?? 'UTC', digestHour: settings.digestHour };
  }

  private mailLinkSecret(): Promise<string> {
    this.secret ??= this.config.mailLinkSecret
      ? Promise.resolve(this.config.mailLinkSecret)
      : this.secrets.getOrCreate('mail-link', () => randomBytes(32).toString('base64url')).catch((error: unknown) => {
          this.secret = null;
          throw error;
        });
    return this.secret;
  }

  private async scopeOf(token: string): Promise<UnsubscribeScope> {
    const scope = verifyUnsubscribeToken(token, await this.mailLinkSecret());
    if (!scope) fail(notificationErrors, 'INVALID_UNSUBSCRIBE_LINK');
    return scope;
  }

  private async describe(
    scope: UnsubscribeScope,
    preferences: readonly NotificationPreference[],
  ): Promise<UnsubscribeLink> {
    const venue = scope.venueId ? ((await this.venues.findByIds([scope.venueId]))[0] ?? null) : null;
    const current =
      scope.venueId === null
        ? (preferences.find((p) => p.venueId === null && p.kind === scope.kind)?.delivery ?? null)
        : deliveryFor(preferences, scope.venueId, scope.kind);
    return {
      kind: scope.kind,
      kindLabel: NOTIFICATION_KIND_LABELS[scope.kind],
      venueName: venue ? `${venue.name} (${venue.shortName})` : null,
      unsubscribed: current === 'never',
    };
  }

  /** Applies one change on top of the latest saved settings; a parallel change is re-read, never overwritten. */
  private async update(
    userId: string,
    change: (current: NotificationSettingsChange) => NotificationSettingsChange,
  ): Promise<NotificationSettingsRecord> {
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt += 1) {
      const current = await this.repository.find(userId);
      const saved = await this.repository.save(userId, current.revision, change(current), this.clock.now());
      if (saved) return saved;
      // A short random pause, so that the racing saves stop colliding in lockstep.
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 20));
    }
    fail(notificationErrors, 'BUSY');
  }

  private async present(
    person: SignedInActor,
    settings: NotificationSettingsRecord,
  ): Promise<NotificationSettings> {
    const venueIds = venueIdsOf(person);
    const venues = await this.venues.findByIds(venueIds);
    const choices = (venueId: string | null): NotificationChoice[] =>
      NOTIFICATION_KINDS.map((kind) => {
        const required = isRequiredNotice(kind);
        const chosen = required
          ? null
          : (settings.preferences.find((p) => p.venueId === venueId && p.kind === kind)?.delivery ?? null);
        return {
          kind,
          label: NOTIFICATION_KIND_LABELS[kind],
          chosen,
          delivery: chosen ?? deliveryFor(settings.preferences, venueId ?? '', kind),
          required,
        };
      });
    return {
      timeZone: settings.timeZone,
      digestHour: settings.digestHour,
      nextDigestAt: nextDigestAt(this.clock.now(), settings.timeZone ?? 'UTC', settings.digestHour),
      general: choices(null),
      venues: venues
        .map((venue) => ({
          venueId: venue.id,
          venueName: venue.name,
          venueShortName: venue.shortName,
          choices: choices(venue.id),
        }))
        .sort((a, b) => a.venueName.localeCompare(b.venueName)),
    };
  }
}

function signedIn(actor: Actor): SignedInActor {
  if (actor === null) fail(commonErrors, 'NOT_SIGNED_IN');
  return actor;
}

function venueIdsOf(actor: SignedInActor): string[] {
  return [...new Set(actor.roles.map((role) => role.venueId).filter((id) => id !== ''))];
}
