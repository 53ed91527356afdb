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

/** Waits for a mail to reach the SMTP catcher and returns it. */
export async function waitForMail(address: string, timeoutMs = 10000): Promise<CaughtMail> {
  const api = process.env['E2E_MAIL_API'];
  if (!api) throw new Error('E2E_MAIL_API is not set');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${api}/api/messages?to=${encodeURIComponent(address)}`);
    const mails = (await response.json()) as CaughtMail[];
    if (mails.length > 0) return mails[0] as CaughtMail;
    if (Date.now() > deadline) throw new Error(`no mail reached ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
