// How a job moves: waiting -> running (claimed with a lease) -> succeeded, or back to waiting with
// a delay after a failure, or failed (the dead letter) once it has used all its attempts.
export const JOB_STATES = ['waiting', 'running', 'succeeded', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failed: exponential, capped, with "equal
 * jitter" (half fixed, half random) so that jobs failing together do not all retry together, and no
 * retry comes sooner than half its nominal delay.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(nominal / 2 + random() * (nominal / 2));
}

export type FailureOutcome = { next: 'retry'; delayMs: number } | { next: 'dead' };

/** After attempt number `attempts` (1-based) failed. */
export function afterFailure(
  attempts: number,
  maxAttempts: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): FailureOutcome {
  if (attempts >= maxAttempts) return { next: 'dead' };
  return { next: 'retry', delayMs: retryDelayMs(attempts, policy, random) };
}

/** Errors kept on a job are for people reading the jobs page: one line, bounded. */
export function describeJobError(error: unknown, maxLength = 500): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  const line = text.replace(/\s+/g, ' ').trim() || 'Unknown error';
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
