import { IS_PUBLIC } from '../app/common/graphql/public.decorator';
import { GRAPHQL_RESOLVERS } from '../app/graphql-resolvers';

/**
 * Operations are private unless marked @Public(). This list is the whole public surface: adding a
 * public operation means adding it here, in review, on purpose.
 */
const PUBLIC_OPERATIONS = [
  'AccountResolver.completeSignUp',
  'AccountResolver.passwordResetLink',
  'AccountResolver.requestPasswordReset',
  'AccountResolver.requestSignUp',
  'AccountResolver.resetPassword',
  'AccountResolver.signUpLink',
  'AuthResolver.login',
  'AuthResolver.logout',
  'AuthResolver.me',
  // The public release registry and incident reports need no account; a report counts once its
  // address is confirmed, and is rate-limited per address and per network.
  'IncidentsResolver.confirmIncidentReport',
  'IncidentsResolver.publicApproval',
  'IncidentsResolver.publicApprovals',
  'IncidentsResolver.reportIncident',
  'InvitationResolver.acceptInvitation',
  'InvitationResolver.declineInvitation',
  'InvitationResolver.invitation',
  // Unsubscribe links in mails work without signing in: the token is signed (HMAC).
  'NotificationSettingsResolver.unsubscribe',
  'NotificationSettingsResolver.unsubscribeLink',
  // The landing page lists the venues (public metadata) to anonymous visitors.
  'VenueResolver.venues',
];

function publicOperations(): string[] {
  const found: string[] = [];
  for (const resolver of GRAPHQL_RESOLVERS) {
    if (Reflect.getMetadata(IS_PUBLIC, resolver)) found.push(`${resolver.name}.*`);
    const prototype = resolver.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (name !== 'constructor' && typeof method === 'function' && Reflect.getMetadata(IS_PUBLIC, method)) {
        found.push(`${resolver.name}.${name}`);
      }
    }
  }
  return found.sort();
}

describe('public GraphQL operations', () => {
  it('are exactly the reviewed list; everything else requires a session', () => {
    expect(publicOperations()).toEqual(PUBLIC_OPERATIONS);
  });
});
