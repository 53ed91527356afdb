import { isPermitted, type Actor } from '@impact-review/domain';
import type { UserRecord, User } from '../users';

/**
 * Whether `actor` may read the email of a person who is a member or invitee of `venueId`: the
 * person themself, and the venue's chairs (who need it to manage the committee). Nobody else.
 */
export function emailVisible(actor: Actor, personId: string, venueId: string): boolean {
  return isPermitted(actor, 'person.viewEmail', { kind: 'person', venueId, personId });
}

/** The GraphQL view of a person seen in the context of a venue; never leaks the password hash. */
export function userInVenue(actor: Actor, user: UserRecord, venueId: string): User {
  return { id: user.id, name: user.name, email: emailVisible(actor, user.id, venueId) ? user.email : null };
}
