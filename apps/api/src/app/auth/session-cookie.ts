import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './session-token';

/**
 * `Secure` as configured; with COOKIE_SECURE=auto, when the request came over HTTPS — directly, or
 * through a proxy trusted by TRUST_PROXY that says so in X-Forwarded-Proto (Express's req.secure).
 */
export function cookieIsSecure(req: Request, setting: AppConfig['cookieSecure']): boolean {
  return setting === 'auto' ? req.secure : setting;
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieIsSecure(req, config.cookieSecure),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: Request, res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: cookieIsSecure(req, config.cookieSecure), path: '/' });
}
