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
}

/** Reads what reached the real SMTP server started for this run. */
export class MailBox {
  constructor(private readonly api: string) {}

  async messagesTo(address: string): Promise<CaughtMail[]> {
    const response = await fetch(`${this.api}/api/messages?to=${encodeURIComponent(address)}`);
    return (await response.json()) as CaughtMail[];
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
  /** Allowed to create venues (conferences and workshops). */
  canCreateVenues?: boolean;
}

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
  close(): Promise<void>;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id } }`;
let signUpCounter = 0;

function defaultEmail(name: string): string {
  signUpCounter += 1;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
  return `${slug}-${Date.now().toString(36)}-${signUpCounter}@example.org`;
}

/** Boots the whole API on a free port against this run's FerretDB, in a database of its own. */
export async function startTestApp(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const baseUri = process.env['TEST_MONGODB_URI'];
  const smtpUrl = process.env['TEST_SMTP_URL'];
  const mailApi = process.env['TEST_MAIL_API'];
  if (!baseUri || !smtpUrl || !mailApi) throw new Error('Integration services are not running (see test/global-setup.cjs)');
  const databaseName = `it_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({ SMTP_URL: smtpUrl, LOG_LEVEL: 'silent', PORT: '0', ...options.env });
  const app = await createApp({
    config,
    mongodbUri: `${baseUri.replace(/\/$/, '')}/${databaseName}`,
    logger: createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent'),
    clock: options.clock ?? new SystemClock(),
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    databaseName,
    client: () => new GraphqlClient(url),
    mail: new MailBox(mailApi),
    async signUp(name, options = {}) {
      const client = new GraphqlClient(url);
      const email = options.email ?? defaultEmail(name);
      const data = await client.ok<{ register: { id: string } }>(REGISTER, {
        input: { name, email, password: options.password ?? TEST_PASSWORD },
      });
      return { client, id: data.register.id, name, email: email.trim().toLowerCase() };
    },
    close: () => app.close(),
  };
}
