import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'ir_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
