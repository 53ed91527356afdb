import type { FieldError } from '../statement/impact-statement.types';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateEmail(email: string, path = 'email'): FieldError[] {
  const value = normalizeEmail(email);
  if (value.length === 0) return [{ path, message: 'Enter your email address.' }];
  if (value.length > 254 || !EMAIL_PATTERN.test(value)) {
    return [{ path, message: 'Enter an email address like name@example.org.' }];
  }
  return [];
}

export function validateName(name: string, path = 'name'): FieldError[] {
  const value = name.trim();
  if (value.length < 2) return [{ path, message: 'Enter your name (at least 2 characters).' }];
  if (value.length > 120) return [{ path, message: 'Use at most 120 characters for your name.' }];
  return [];
}

export function validatePassword(password: string, path = 'password'): FieldError[] {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ path, message: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.` }];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [{ path, message: `Use at most ${MAX_PASSWORD_LENGTH} characters for your password.` }];
  }
  return [];
}

/** Name and password of a new account whose address is already known (verified link, invitation). */
export function validateAccountDetails(input: { name: string; password: string }): FieldError[] {
  return [...validateName(input.name), ...validatePassword(input.password)];
}

/**
 * Signing in: a well-formed address and some password. Its length is not checked, so an account
 * made under other length rules can still sign in.
 */
export function validateSignIn(input: { email: string; password: string }): FieldError[] {
  return [
    ...validateEmail(input.email),
    ...(input.password === '' ? [{ path: 'password', message: 'Enter your password.' }] : []),
  ];
}

export function validateRegistration(input: { name: string; email: string; password: string }): FieldError[] {
  return [...validateName(input.name), ...validateEmail(input.email), ...validatePassword(input.password)];
}

/** How long the links in account mails work. Short for password resets: they grant the account. */
export const SIGN_UP_LINK_HOURS = 24;
export const PASSWORD_RESET_LINK_HOURS = 1;

/**
 * "in 12 minutes", "in 1 hour", "in 2 hours and 5 minutes": how long until `until`, rounded up to
 * the minute, for messages that tell a person when to try again.
 */
export function waitText(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return `in ${plural(minutes, 'minute')}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `in ${plural(hours, 'hour')}` : `in ${plural(hours, 'hour')} and ${plural(rest, 'minute')}`;
}
