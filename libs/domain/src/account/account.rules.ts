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

export function validateRegistration(input: { name: string; email: string; password: string }): FieldError[] {
  const errors: FieldError[] = [];
  const name = input.name.trim();
  if (name.length < 2) errors.push({ path: 'name', message: 'Enter your name (at least 2 characters).' });
  else if (name.length > 120) errors.push({ path: 'name', message: 'Use at most 120 characters for your name.' });
  errors.push(...validateEmail(input.email));
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    errors.push({ path: 'password', message: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.` });
  } else if (input.password.length > MAX_PASSWORD_LENGTH) {
    errors.push({ path: 'password', message: `Use at most ${MAX_PASSWORD_LENGTH} characters for your password.` });
  }
  return errors;
}
