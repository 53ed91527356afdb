// GraphQL as a signed-in person's browser would send it: through the browser context's request
// client, which carries that person's session cookie. For setting up a world quickly (a statement,
// an assignment, a review) where the page under test is elsewhere; what a spec checks goes through
// the pages.
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

export class GraphqlError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: { message: string; extensions?: Record<string, unknown> }[],
  ) {
    super(
      `${operation}: ${errors.map((e) => `${e.message} (${String(e.extensions?.['code'] ?? '')})`).join('; ')}`,
    );
  }
}

/** Sends `query` as the person signed in on `page`; throws GraphqlError when the API answers errors. */
export async function graphql<T = any>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.context().request.post(`${baseUrl()}/graphql`, {
    data: { query, variables },
    // Apollo's CSRF prevention: a JSON body is not a "simple" request, and this says so explicitly.
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data?: T; errors?: GraphqlError['errors'] };
  if (body.errors?.length)
    throw new GraphqlError(/(query|mutation)\s+\w*|\{\s*\w+/.exec(query)?.[0] ?? 'operation', body.errors);
  if (!body.data) throw new Error(`no data for ${query.slice(0, 60)} (HTTP ${response.status()})`);
  return body.data;
}
