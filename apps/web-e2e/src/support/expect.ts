// Web-first assertions for playwright-core, which (unlike @playwright/test) ships no `expect`:
// each helper retries until the page shows what a person would see, or fails with what it saw.
import type { Locator } from 'playwright-core';

const DEFAULT_TIMEOUT = 15000;

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual.includes(expected) : expected.test(actual);
}

/** Waits until the locator is visible. */
export async function expectVisible(locator: Locator, timeout = DEFAULT_TIMEOUT): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`expected ${locator} to be visible within ${timeout} ms`);
  }
}

/** Waits until no element matches the locator (or none is visible). */
export async function expectHidden(locator: Locator, timeout = DEFAULT_TIMEOUT): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout });
  } catch {
    throw new Error(`expected ${locator} to be hidden within ${timeout} ms`);
  }
}

/** Waits until the locator's visible text contains `expected` (a substring) or matches it (a RegExp). */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  timeout = DEFAULT_TIMEOUT,
): Promise<void> {
  const read = async () => ((await locator.count()) > 0 ? await locator.first().innerText() : '<no element>');
  const actual = await poll(read, (text) => matches(text, expected), timeout);
  if (!matches(actual, expected)) {
    throw new Error(`expected ${locator} to show ${String(expected)}, but it showed:\n${actual}`);
  }
}

/** Waits until the visible text no longer contains/matches `unexpected`. */
export async function expectNoText(
  locator: Locator,
  unexpected: string | RegExp,
  timeout = DEFAULT_TIMEOUT,
): Promise<void> {
  const read = async () => ((await locator.count()) > 0 ? await locator.first().innerText() : '');
  const actual = await poll(read, (text) => !matches(text, unexpected), timeout);
  if (matches(actual, unexpected)) {
    throw new Error(`expected ${locator} not to show ${String(unexpected)}, but it showed:\n${actual}`);
  }
}

/** Waits until an input, textarea or select holds `expected`. */
export async function expectValue(
  locator: Locator,
  expected: string,
  timeout = DEFAULT_TIMEOUT,
): Promise<void> {
  const actual = await poll(
    () => locator.inputValue(),
    (value) => value === expected,
    timeout,
  );
  if (actual !== expected)
    throw new Error(`expected ${locator} to hold "${expected}", but it held "${actual}"`);
}

/** Waits until exactly `expected` elements match. */
export async function expectCount(
  locator: Locator,
  expected: number,
  timeout = DEFAULT_TIMEOUT,
): Promise<void> {
  const actual = await poll(
    () => locator.count(),
    (count) => count === expected,
    timeout,
  );
  if (actual !== expected) throw new Error(`expected ${expected} of ${locator}, found ${actual}`);
}

/** Waits until the locator's element has the keyboard focus. */
export async function expectFocused(locator: Locator, timeout = DEFAULT_TIMEOUT): Promise<void> {
  const focused = await poll(
    () => locator.evaluate((element) => element === document.activeElement).catch(() => false),
    (yes) => yes,
    timeout,
  );
  if (!focused) {
    const active = await locator
      .page()
      .evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
    throw new Error(`expected ${locator} to have the focus, but the focus is on: ${active}`);
  }
}

/** Waits until the locator's element lies (at least partly) inside the visible part of the page. */
export async function expectInViewport(locator: Locator, timeout = DEFAULT_TIMEOUT): Promise<void> {
  const inView = () =>
    locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
    });
  if (!(await poll(inView, (yes) => yes, timeout)))
    throw new Error(`expected ${locator} to be scrolled into view`);
}
