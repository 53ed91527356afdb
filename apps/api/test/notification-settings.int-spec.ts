// Each person chooses per venue and kind how mail reaches them (immediately, daily digest, never),
// sets their digest clock, and can stop a kind of mail from a signed link without signing in.
import { isRequiredNotice, NOTIFICATION_KINDS, type NotificationKind } from '@impact-review/domain';
import { NotificationSettingsService } from '../src/app/notifications';
import { CREATE_VENUE, errorOf, unique } from './submission-helpers';
import { startTestApp, type SignedUpPerson, type TestApp } from './test-app';

const CHOICE = 'kind delivery chosen';
const SETTINGS = `timeZone digestHour nextDigestAt general { ${CHOICE} } venues { venueId venueShortName choices { ${CHOICE} } }`;
const GET = `query { notificationSettings { ${SETTINGS} } }`;
const SET = `mutation($input: SetNotificationDeliveryInput!) { setNotificationDelivery(input: $input) { ${SETTINGS} } }`;
const SCHEDULE = `mutation($input: SetDigestScheduleInput!) { setDigestSchedule(input: $input) { ${SETTINGS} } }`;
const LINK = `query($token: String!) { unsubscribeLink(token: $token) { kind kindLabel venueName unsubscribed } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { kind venueName unsubscribed } }`;

interface Choice {
  kind: string;
  delivery: string;
  chosen: string | null;
}
interface Settings {
  timeZone: string | null;
  digestHour: number;
  nextDigestAt: string;
  general: Choice[];
  venues: { venueId: string; venueShortName: string; choices: Choice[] }[];
}

const deliveryOf = (choices: Choice[], kind: string): [string, string | null] => {
  const choice = choices.find((c) => c.kind === kind);
  if (!choice) throw new Error(`no choice for ${kind}`);
  return [choice.delivery, choice.chosen];
};

describe('notification settings', () => {
  let t: TestApp;
  let chair: SignedUpPerson;
  let venueId: string;
  let otherVenueId: string;

  beforeAll(async () => {
    t = await startTestApp();
    chair = await t.signUp('Notified Chair', { canCreateVenues: true });
    venueId = (
      await chair.client.ok(CREATE_VENUE, {
        input: {
          name: 'Notification Venue',
          shortName: `NV ${unique()}`,
          kind: 'conference',
          timeZone: 'UTC',
          deadlines: [],
        },
      })
    ).createVenue.id;
    const stranger = await t.signUp('Other Chair', { canCreateVenues: true });
    otherVenueId = (
      await stranger.client.ok(CREATE_VENUE, {
        input: {
          name: 'Unrelated Venue',
          shortName: `UV ${unique()}`,
          kind: 'conference',
          timeZone: 'UTC',
          deadlines: [],
        },
      })
    ).createVenue.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts with every kind immediately, for the venues the person has a part in', async () => {
    const settings: Settings = (await chair.client.ok(GET)).notificationSettings;
    expect(settings.timeZone).toBeNull();
    expect(settings.digestHour).toBe(8);
    expect(new Date(settings.nextDigestAt).getUTCHours()).toBe(8);
    // Every kind of the catalogue, in its order, from the first one a submission's authors hear of.
    expect(settings.general.map((c) => [c.kind, c.delivery, c.chosen])).toEqual(NOTIFICATION_KINDS.map((kind) => [kind, 'immediately', null]));
    expect(settings.general[0]?.kind).toBe('submission_registered');
    expect(settings.venues.map((v) => v.venueId)).toEqual([venueId]);
  });

  it('lets a venue choice override the general one, and follow it again when cleared', async () => {
    let s: Settings = (
      await chair.client.ok(SET, { input: { kind: 'invitation_answered', delivery: 'daily_digest' } })
    ).setNotificationDelivery;
    expect(deliveryOf(s.general, 'invitation_answered')).toEqual(['daily_digest', 'daily_digest']);
    expect(deliveryOf(s.venues[0]!.choices, 'invitation_answered')).toEqual(['daily_digest', null]);

    s = (await chair.client.ok(SET, { input: { venueId, kind: 'invitation_answered', delivery: 'never' } }))
      .setNotificationDelivery;
    expect(deliveryOf(s.venues[0]!.choices, 'invitation_answered')).toEqual(['never', 'never']);
    expect(deliveryOf(s.general, 'invitation_answered')).toEqual(['daily_digest', 'daily_digest']);

    s = (await chair.client.ok(SET, { input: { venueId, kind: 'invitation_answered', delivery: null } }))
      .setNotificationDelivery;
    expect(deliveryOf(s.venues[0]!.choices, 'invitation_answered')).toEqual(['daily_digest', null]);
  });

  it('answers NOT_FOUND for a venue the person has no part in, and UNAUTHENTICATED to nobody', async () => {
    const refused = await chair.client.request(SET, {
      input: { venueId: otherVenueId, kind: 'tier_decided', delivery: 'never' },
    });
    expect(errorOf(refused).code).toBe('NOT_FOUND');
    const anonymous = await t.client().request(GET);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a general choice without a delivery', async () => {
    const refused = await chair.client.request(SET, { input: { kind: 'tier_decided', delivery: null } });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['delivery'] });
  });

  it('keeps every one of several choices made at the same moment', async () => {
    const person = await t.signUp('Busy Person');
    // Required notices have no choice to make.
    const kinds = NOTIFICATION_KINDS.filter((kind) => !isRequiredNotice(kind));
    await Promise.all(
      kinds.map((kind) => person.client.ok(SET, { input: { kind, delivery: 'daily_digest' } })),
    );
    const s: Settings = (await person.client.ok(GET)).notificationSettings;
    expect(s.general.filter((c) => !isRequiredNotice(c.kind as NotificationKind)).map((c) => c.chosen)).toEqual(kinds.map(() => 'daily_digest'));
  });

  it("times the digest in the person's zone and checks the schedule field by field", async () => {
    const bad = await chair.client.request(SCHEDULE, { input: { timeZone: 'Mars/Olympus', digestHour: 25 } });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['timeZone', 'digestHour'] });
    const s: Settings = (
      await chair.client.ok(SCHEDULE, { input: { timeZone: 'Asia/Tokyo', digestHour: 7 } })
    ).setDigestSchedule;
    expect(s).toMatchObject({ timeZone: 'Asia/Tokyo', digestHour: 7 });
    // 07:00 in Tokyo (UTC+9, no DST) is 22:00 UTC.
    expect(new Date(s.nextDigestAt).getUTCHours()).toBe(22);
  });

  describe('unsubscribe links', () => {
    let token: string;
    let oneClick: string;

    beforeAll(async () => {
      const links = await t.app.get(NotificationSettingsService).linksFor(chair.id, venueId, 'tier_decided');
      token = links.unsubscribeLink.split('/unsubscribe/')[1]!;
      oneClick = links.oneClickUnsubscribeUrl;
      expect(links.oneClickUnsubscribeUrl).toContain(`/mail/unsubscribe/${token}`);
    });

    it('says what the link stops without signing in, and stops it once confirmed', async () => {
      const anonymous = t.client();
      expect((await anonymous.ok(LINK, { token })).unsubscribeLink).toMatchObject({
        kind: 'tier_decided',
        unsubscribed: false,
      });
      expect((await anonymous.ok(UNSUBSCRIBE, { token })).unsubscribe).toMatchObject({ unsubscribed: true });
      expect((await anonymous.ok(UNSUBSCRIBE, { token })).unsubscribe).toMatchObject({ unsubscribed: true });
      const s: Settings = (await chair.client.ok(GET)).notificationSettings;
      expect(deliveryOf(s.venues[0]!.choices, 'tier_decided')).toEqual(['never', 'never']);
      expect(deliveryOf(s.general, 'tier_decided')).toEqual(['immediately', null]);
    });

    it('answers a forged or altered link with NOT_FOUND and changes nothing', async () => {
      const [payload, signature] = token.split('.') as [string, string];
      const flipped = `${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      for (const bad of [
        flipped,
        `${payload}.`,
        'nonsense',
        `${Buffer.from('["x",null,"tier_decided"]').toString('base64url')}.${signature}`,
      ]) {
        const refused = await t.client().request(UNSUBSCRIBE, { token: bad });
        expect(errorOf(refused).code).toBe('NOT_FOUND');
      }
    });

    it('accepts the RFC 8058 one-click POST, and only a POST', async () => {
      const links = await t.app
        .get(NotificationSettingsService)
        .linksFor(chair.id, venueId, 'version_submitted');
      const url = `${t.url}${new URL(links.oneClickUnsubscribeUrl).pathname}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Unsubscribed');
      const s: Settings = (await chair.client.ok(GET)).notificationSettings;
      expect(deliveryOf(s.venues[0]!.choices, 'version_submitted')).toEqual(['never', 'never']);
      expect((await fetch(url)).status).toBe(404);
      const forged = await fetch(`${t.url}/mail/unsubscribe/forged.token`, { method: 'POST' });
      expect(forged.status).toBe(404);
      expect(oneClick).toMatch(/^http/);
    });

    it('signs with one secret shared by every API process on the database', async () => {
      const second = await startTestApp({ databaseName: t.databaseName });
      try {
        const mine = await t.app.get(NotificationSettingsService).linksFor(chair.id, null, 'tier_decided');
        const theirs = await second.app
          .get(NotificationSettingsService)
          .linksFor(chair.id, null, 'tier_decided');
        expect(theirs.unsubscribeLink).toBe(mine.unsubscribeLink);
      } finally {
        await second.close();
      }
    });
  });
});
