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
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Waits until the page is no wider than the window; otherwise names the elements sticking out. */
export async function expectNoSidewaysScroll(page: Page, timeout = 5000): Promise<void> {
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprits: string[] = [];
      // A box that scrolls sideways inside the page (a wide table in a scroll wrapper) counts too.
      for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        if (element.matches('input, textarea, select')) continue;
        const { overflowX } = getComputedStyle(element);
        if (
          (overflowX === 'auto' || overflowX === 'scroll') &&
          element.scrollWidth > element.clientWidth + 1
        ) {
          culprits.push(
            `${element.tagName.toLowerCase()}.${element.className} scrolls inside by ${element.scrollWidth - element.clientWidth} px`,
          );
        }
      }
      const pageOverflow = document.documentElement.scrollWidth - width;
      if (pageOverflow > 0) {
        for (const element of Array.from(document.body.querySelectorAll('*'))) {
          const box = element.getBoundingClientRect();
          if (box.right > width + 1 && culprits.length < 5) {
            const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
              typeof element.className === 'string' && element.className
                ? `.${element.className.split(' ').join('.')}`
                : ''
            }`;
            culprits.push(`${name} (right edge ${Math.round(box.right)} px)`);
          }
        }
      }
      return { overflow: Math.max(pageOverflow, 0) + culprits.length, culprits };
    });
  const deadline = Date.now() + timeout;
  let last = await measure();
  while (last.overflow > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await measure();
  }
  if (last.overflow > 0) {
    throw new Error(`something scrolls sideways at ${PHONE.width} px: ${last.culprits.join(', ')}`);
  }
}

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
      viewport: DESKTOP,
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
   * Screenshots the page at 1280 px and at a phone's 390 px (`<name>-390.png`), and fails when at
   * 390 px anything makes the page scroll sideways.
   */
  async screenshotBoth(name: string): Promise<void> {
    await this.screenshot(name);
    await this.page.setViewportSize(PHONE);
    try {
      await expectNoSidewaysScroll(this.page);
      await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-390.png`), fullPage: true });
    } finally {
      await this.page.setViewportSize(DESKTOP);
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

/** Waits for a mail to `address` that `matches` (e.g. by subject) and returns the newest such mail. */
export async function waitForMailWhere(
  address: string,
  matches: (mail: CaughtMail) => boolean,
  timeoutMs = 10000,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(address)).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching mail reached ${address} within ${timeoutMs} ms`);
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
