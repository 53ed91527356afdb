import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Clock, SystemClock } from '../src/app/common/clock';
import { loadConfig } from '../src/app/config/app-config';
import { createLogger } from '../src/app/common/logging/logger';
import { createApp } from '../src/app/create-app';

export interface GraphqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; fieldErrors?: { path: string; message: string }[] } }[];
}

/** A GraphQL client with its own cookie jar, like one browser. */
export class GraphqlClient {
  private cookie = '';

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const header of setCookie) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      this.cookie = value ? `${name}=${value}` : '';
      if (/expires=Thu, 01 Jan 1970/i.test(header)) this.cookie = '';
    }
    return (await response.json()) as GraphqlResult<T>;
  }

  /** The same browser's session, used against another API process on the same database. */
  on(baseUrl: string): GraphqlClient {
    const other = new GraphqlClient(baseUrl);
    other.cookie = this.cookie;
    return other;
  }

  /** Like request, but fails the test with the errors when there are any. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  get sessionCookie(): string {
    return this.cookie;
  }
}

export interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header values by lower-cased name. */
  headers: Record<string, string>;
}

/** Reads what reached the real SMTP server started for this run. */
export class MailBox {
  constructor(private readonly api: string) {}

  async messagesTo(address: string): Promise<CaughtMail[]> {
    const response = await fetch(`${this.api}/api/messages?to=${encodeURIComponent(address)}`);
    return (await response.json()) as CaughtMail[];
  }

  /** Runs `action` and returns the first mail to `address` that arrived with it (earlier mails do not count). */
  async nextAfter<T>(address: string, action: () => Promise<T>): Promise<{ result: T; mail: CaughtMail }> {
    const before = new Set((await this.messagesTo(address)).map((m) => m.id));
    const result = await action();
    return { result, mail: await this.waitFor(address, (m) => !before.has(m.id)) };
  }

  /** Mail is sent after the mutation returns; wait a little for it to arrive. */
  async waitFor(address: string, predicate: (mail: CaughtMail) => boolean = () => true, timeoutMs = 5000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.messagesTo(address)).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = date;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A person signed up through the API, with a browser-like client holding their session. */
export interface SignedUpPerson {
  client: GraphqlClient;
  id: string;
  name: string;
  email: string;
}

export interface SignUpOptions {
  email?: string;
  password?: string;
  /** Allowed to create venues (conferences and workshops): granted by the test site administrator. */
  canCreateVenues?: boolean;
}

export interface TestAppOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /**
   * 'raised' (the default): limits per client address high enough for specs that sign up many
   * people from 127.0.0.1. 'defaults': the limits a real installation runs with.
   */
  rateLimits?: 'raised' | 'defaults';
  /** Share another test app's database (two API processes on one database). */
  databaseName?: string;
  /** Another database server than the run's shared one (e.g. a launcher started with test flags). */
  mongodbBaseUri?: string;
}

/** The site administrator signUp uses to let people create venues (in SITE_ADMIN_EMAILS of every test app). */
export const TEST_ADMIN_EMAIL = 'site-admin@impact-review.test';

const RAISED_LIMITS: Record<string, string> = {
  LOGIN_FAILURES_PER_ADDRESS_MAX: '100000',
  ACCOUNT_MAILS_PER_ADDRESS_MAX: '100000',
};

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  databaseName: string;
  client(): GraphqlClient;
  mail: MailBox;
  /**
   * Creates an account the way a person does and returns them signed in. Every spec signs people
   * up through this one helper, so the sign-up flow can change in one place.
   */
  signUp(name: string, options?: SignUpOptions): Promise<SignedUpPerson>;
  /**
   * Waits until no job is due or running: every mail in the outbox reached SMTP (or failed), every
   * notification was fanned out.
   */
  outboxSettled(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const REQUEST_SIGN_UP = `mutation($email: String!) { requestSignUp(email: $email) { email } }`;
const COMPLETE_SIGN_UP = `mutation($input: CompleteSignUpInput!) { completeSignUp(input: $input) { id } }`;
const GRANT = `mutation($input: SetSitePermissionInput!) { setSitePermission(input: $input) { id } }`;
let signUpCounter = 0;

/** The token of the sign-up link in a mail. */
export function signUpTokenIn(mail: CaughtMail): string {
  const match = /\/sign-up\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No sign-up link in "${mail.subject}":\n${mail.text}`);
  return match[1];
}

function defaultEmail(name: string): string {
  signUpCounter += 1;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
  return `${slug}-${Date.now().toString(36)}-${signUpCounter}@example.org`;
}

/** Boots the whole API on a free port against this run's FerretDB, in a database of its own. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const baseUri = options.mongodbBaseUri ?? process.env['TEST_MONGODB_URI'];
  const smtpUrl = process.env['TEST_SMTP_URL'];
  const mailApi = process.env['TEST_MAIL_API'];
  if (!baseUri || !smtpUrl || !mailApi) throw new Error('Integration services are not running (see test/global-setup.cjs)');
  const databaseName = options.databaseName ?? `it_${randomBytes(6).toString('hex')}`;
  const admins = [TEST_ADMIN_EMAIL, ...(options.env?.['SITE_ADMIN_EMAILS'] ?? '').split(',')].filter((e) => e.trim()).join(',');
  const config = loadConfig({
    SMTP_URL: smtpUrl,
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...(options.rateLimits === 'defaults' ? {} : RAISED_LIMITS),
    ...options.env,
    SITE_ADMIN_EMAILS: admins,
  });
  const app = await createApp({
    config,
    mongodbUri: `${baseUri.replace(/\/$/, '')}/${databaseName}`,
    logger: createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent'),
    clock: options.clock ?? new SystemClock(),
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const mail = new MailBox(mailApi);

  /** The real flow: ask for a link, read the mail the SMTP catcher received, open the link. */
  async function createAccount(name: string, email: string, password: string): Promise<SignedUpPerson> {
    const client = new GraphqlClient(url);
    const { mail: link } = await mail.nextAfter(email, () => client.ok(REQUEST_SIGN_UP, { email }));
    const data = await client.ok<{ completeSignUp: { id: string } }>(COMPLETE_SIGN_UP, {
      input: { token: signUpTokenIn(link), name, password },
    });
    return { client, id: data.completeSignUp.id, name, email: email.trim().toLowerCase() };
  }

  let admin: Promise<SignedUpPerson> | null = null;
  return {
    app,
    url,
    databaseName,
    client: () => new GraphqlClient(url),
    mail,
    async signUp(name, options = {}) {
      const person = await createAccount(name, options.email ?? defaultEmail(name), options.password ?? TEST_PASSWORD);
      if (options.canCreateVenues) {
        admin ??= createAccount('Site Admin', TEST_ADMIN_EMAIL, TEST_PASSWORD);
        await (await admin).client.ok(GRANT, { input: { userId: person.id, permission: 'create_venues', granted: true } });
      }
      return person;
    },
    async outboxSettled(timeoutMs = 5000) {
      const jobs = app.get<Connection>(getConnectionToken()).collection('jobs');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const open =
          (await jobs.countDocuments({ state: 'running' })) +
          (await jobs.countDocuments({ state: 'waiting', runAt: { $lte: new Date() } }));
        if (open === 0) return;
        if (Date.now() > deadline) throw new Error(`${open} job(s) still open after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => app.close(),
  };
}
