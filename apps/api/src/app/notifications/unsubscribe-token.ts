// One-click unsubscribe links carry what they stop (person, venue, kind) and an HMAC over it, so
// the link works without a session and without a lookup table, and cannot be altered or forged.
// They do not expire: an unsubscribe link in an old mail must still work (RFC 8058).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationKind, type NotificationKind } from '@impact-review/domain';

export interface UnsubscribeScope {
  userId: string;
  /** null: the person's general choice for this kind (e.g. from a digest covering several venues). */
  venueId: string | null;
  kind: NotificationKind;
}

const PURPOSE = 'impact-review/unsubscribe/v1';

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest();
}

export function signUnsubscribeToken(scope: UnsubscribeScope, secret: string): string {
  const payload = Buffer.from(JSON.stringify([scope.userId, scope.venueId, scope.kind])).toString(
    'base64url',
  );
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

/** The scope of a genuine token, or null for anything else (malformed, altered, signed with another secret). */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeScope | null {
  if (typeof token !== 'string' || token.length > 512) return null;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [userId, venueId, kind] = parsed as unknown[];
    if (typeof userId !== 'string' || (venueId !== null && typeof venueId !== 'string')) return null;
    if (!isNotificationKind(kind)) return null;
    return { userId, venueId, kind };
  } catch {
    return null;
  }
}
