import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google hosts that this
// sandbox refuses; none of them matter to a test.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../screenshots');

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not run');
  return url;
}

/** One person's browser: its own Chromium profile (a fresh --user-data-dir), so cookies never mix. */
export class PersonBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly profileDir: string,
  ) {}

  static async open(): Promise<PersonBrowser> {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'impact-review-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      baseURL: baseUrl(),
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(15000);
    const page = context.pages()[0] ?? (await context.newPage());
    return new PersonBrowser(context, page, profileDir);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }

  /**
   * Screenshots at 1280 px (`<name>.png`) and at a phone's 390 px (`<name>-390.png`); at 390 px the
   * page must fit without sideways scrolling.
   */
  async screenshotBoth(name: string): Promise<void> {
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 900 };
    await this.page.setViewportSize({ width: 1280, height: 900 });
    await this.screenshot(name);
    await this.page.setViewportSize({ width: 390, height: 844 });
    try {
      const overflow = await this.page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Wide content inside a scrolling box (a table's wrapper) does not move the page.
        const clipped = (el: Element): boolean => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== 'visible') return true;
          }
          return false;
        };
        const wide = Array.from(document.querySelectorAll('body *'))
          .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
          .slice(-3)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          );
        return { by: document.documentElement.scrollWidth - width, wide };
      });
      if (overflow.by > 0) {
        throw new Error(
          `${name} scrolls sideways by ${overflow.by} px at 390 px wide; too wide: ${overflow.wide.join('; ')}`,
        );
      }
      await this.screenshot(`${name}-390`);
    } finally {
      await this.page.setViewportSize(viewport);
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

export interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

async function mailsTo(address: string): Promise<CaughtMail[]> {
  const api = process.env['E2E_MAIL_API'];
  if (!api) throw new Error('E2E_MAIL_API is not set');
  const response = await fetch(`${api}/api/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CaughtMail[];
}

/** Waits for a mail to reach the SMTP catcher and returns the newest one (optionally: one not in `seen`). */
export async function waitForMail(
  address: string,
  timeoutMs = 10000,
  seen: ReadonlySet<string> = new Set(),
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const fresh = (await mailsTo(address)).filter((mail) => !seen.has(mail.id));
    if (fresh.length > 0) return fresh[0] as CaughtMail;
    if (Date.now() > deadline) throw new Error(`no mail reached ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Ids of the mails an address has so far, to wait for the next one with waitForMail. */
export async function mailIds(address: string): Promise<Set<string>> {
  return new Set((await mailsTo(address)).map((mail) => mail.id));
}

/** The first link in a mail whose path starts with `pathPrefix` (e.g. "/sign-up/"). */
export function linkIn(mail: CaughtMail, pathPrefix: string): string {
  const link = new RegExp(`https?://\\S+${pathPrefix.replace(/[/]/g, '\\/')}\\S+`).exec(mail.text)?.[0];
  if (!link) throw new Error(`no ${pathPrefix} link in "${mail.subject}":\n${mail.text}`);
  return link;
}
