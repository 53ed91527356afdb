import { Inject, Injectable } from '@nestjs/common';
import { isPermitted, labelOf, normalizeEmail, validateAccountDetails, type Actor, type InvitationState, type VenueRole } from '@impact-review/domain';
import { AuthService, type SignedIn, hashToken, newToken, authErrors } from '../auth';
import { Clock } from '../common/clock';
import { AppError, fail } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuditLog, auditEvent, type PendingEvent } from '../audit';
import { MailService, invitationMail } from '../mail';
import { RoleGrants, VenueRoleRepository } from '../memberships';
import type { NotificationEvent } from '../notifications';
import { UserRepository, type UserRecord } from '../users';
import { venueErrors, VenueRepository, type VenueRecord } from '../venues';
import { failInvitation, invitationErrors } from './invitation.errors';
import { InvitationRepository, type InvitationRecord } from './invitation.repository';
import {
  checkTransition,
  decideAcceptance,
  invitationExpiresAt,
  isExpired,
  validateInvitationInput,
  type InvitationAction,
} from '@impact-review/domain';

export interface InvitationPreviewData {
  venueName: string;
  venueShortName: string;
  role: VenueRole;
  email: string;
  state: InvitationRecord['state'];
  invitedByName: string;
  expired: boolean;
  accountExists: boolean;
}

export interface Accepted {
  user: UserRecord;
  /** Set when accepting created the account: the new session to put in the cookie. */
  session: SignedIn | null;
}

@Injectable()
export class InvitationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly invitations: InvitationRepository,
    private readonly venues: VenueRepository,
    private readonly users: UserRepository,
    private readonly roles: VenueRoleRepository,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly grants: RoleGrants,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Chairs invite by email. An address with an open invitation for the same role keeps it (with its
   * link and personal message): the chair is told, and can resend it or revoke it first.
   */
  async invite(
    actor: Actor,
    input: { venueId: string; email: string; role: VenueRole; message?: string | null; areas?: string[] },
  ): Promise<InvitationRecord> {
    const venue = await this.venues.findById(input.venueId);
    if (!venue) fail(venueErrors, 'VENUE_NOT_FOUND');
    if (!actor || !isPermitted(actor, 'invitation.manage', { kind: 'venue', venueId: venue.id })) fail(invitationErrors, 'NOT_A_CHAIR');
    const errors = validateInvitationInput(input);
    if (errors.length > 0) fail(invitationErrors, 'INVALID_INVITATION', errors);

    const email = normalizeEmail(input.email);
    const message = (input.message ?? '').trim();
    const existing = await this.users.findByEmail(email);
    if (existing && (await this.holdsRole(existing.id, venue.id, input.role))) {
      fail(invitationErrors, 'ALREADY_MEMBER', [{ path: 'email', message: invitationErrors.ALREADY_MEMBER.message }]);
    }
    const pending = await this.invitations.findPending(venue.id, email, input.role);
    if (pending) {
      const sent = pending.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const problem = `${email} already has an open invitation as ${labelOf(input.role).toLowerCase()}, sent on ${sent}. Resend it, or revoke it first to write a new one.`;
      const field = { path: 'email', message: 'This address already has an open invitation for this role.' };
      throw new AppError('CONFLICT', problem, [field], 'ALREADY_INVITED');
    }

    const token = newToken();
    const now = this.clock.now();
    const id = this.invitations.newId();
    const event = auditEvent({
      venueId: venue.id,
      kind: 'invitation.sent',
      objectType: 'invitation',
      objectId: id,
      actorId: actor.userId,
      summary: { email, role: input.role, withMessage: message !== '' },
    });
    const invitation = await this.invitations.create(
      {
        tokenHash: hashToken(token),
        expiresAt: invitationExpiresAt(now),
        invitedById: actor.userId,
        message,
        ...(input.areas?.length ? { areas: input.areas } : {}),
        now,
        venueId: venue.id,
        email,
        role: input.role,
      },
      id,
      [event],
    );
    await this.audit.recorded('invitations', id, [event]);
    // The invitation is saved; a failed mail is recorded and logged, and the chair can resend.
    await this.deliver(invitation, venue, token);
    return invitation;
  }

  /**
   * Sends a pending invitation again, with its personal message, a fresh link and a fresh
   * lifetime (also for one that expired). The link in the earlier mail stops working.
   */
  async resend(actor: Actor, id: string): Promise<InvitationRecord> {
    const invitation = await this.invitations.findById(id);
    if (!invitation || !isPermitted(actor, 'invitation.manage', { kind: 'venue', venueId: invitation.venueId })) failInvitation('INVITATION_NOT_FOUND');
    const now = this.clock.now();
    this.ensure(invitation, 'resend', now);
    const venue = await this.venues.findById(invitation.venueId);
    if (!venue) failInvitation('INVITATION_NOT_FOUND');
    const token = newToken();
    const event = this.answerEvent(invitation, 'invitation.resent', actor?.userId ?? null);
    const renewed = await this.invitations.renew(
      invitation.id,
      { tokenHash: hashToken(token), expiresAt: invitationExpiresAt(now), now },
      [event],
    );
    if (!renewed) return this.noLongerPending(invitation.id);
    await this.audit.recorded('invitations', invitation.id, [event]);
    await this.deliver(renewed, venue, token);
    return renewed;
  }

  async preview(token: string): Promise<InvitationPreviewData> {
    const invitation = await this.byToken(token);
    const [venue, inviter, account] = await Promise.all([
      this.venues.findById(invitation.venueId),
      this.users.findById(invitation.invitedById),
      this.users.findByEmail(invitation.email),
    ]);
    if (!venue) failInvitation('INVITATION_NOT_FOUND');
    return {
      venueName: venue.name,
      venueShortName: venue.shortName,
      role: invitation.role,
      email: invitation.email,
      state: invitation.state,
      invitedByName: inviter?.name ?? 'A chair',
      expired: isExpired(invitation, this.clock.now()),
      accountExists: account !== null,
    };
  }

  /**
   * Accepting is one conditional write (pending → accepted) that only one request can win, against
   * a revocation, a decline or another acceptance at the same moment; only the winner gets the
   * role, and the losers are told what happened instead.
   */
  async accept(
    actor: Actor,
    sessionToken: string | null,
    input: { token: string; name?: string | null; password?: string | null },
  ): Promise<Accepted> {
    const invitation = await this.byToken(input.token);
    const now = this.clock.now();
    const signedIn = actor ? await this.users.findById(actor.userId) : null;
    const accountExists = signedIn !== null || (await this.users.findByEmail(invitation.email)) !== null;
    const decision = decideAcceptance({ invitation, now, signedInEmail: signedIn?.email ?? null, accountExists });

    switch (decision.kind) {
      case 'refuse':
        return this.refuse(decision.reason, invitation);
      case 'grant_to_signed_in': {
        const user = signedIn as UserRecord;
        await this.audit.recorded('invitations', invitation.id, [await this.claim(invitation, user.id, now, user.name)]);
        await this.grants.grant(user.id, invitation.venueId, invitation.role, user.id);
        return { user, session: null };
      }
      case 'create_account': {
        const details = { name: input.name ?? '', password: input.password ?? '' };
        // Invalid details leave the invitation untouched.
        const errors = validateAccountDetails(details);
        if (errors.length > 0) fail(authErrors, 'INVALID_INPUT', errors);
        // Claim first, so that a request losing the race never creates an account.
        const accepted = await this.claim(invitation, null, now, details.name.trim());
        let user: UserRecord;
        try {
          user = await this.auth.createUser({ ...details, email: invitation.email });
        } catch (error) {
          // Undone, the acceptance takes its event (and the chair's mail) with it.
          await this.invitations.reopen(invitation.id, this.clock.now(), accepted);
          throw error;
        }
        await this.invitations.recordResponder(invitation.id, user.id);
        await this.audit.recorded('invitations', invitation.id, [accepted]);
        await this.grants.grant(user.id, invitation.venueId, invitation.role, user.id);
        return { user, session: await this.auth.startSession(user, sessionToken) };
      }
    }
  }

  /** Anyone holding the link may decline, signed in or not. */
  async decline(actor: Actor, token: string): Promise<void> {
    const invitation = await this.byToken(token);
    const now = this.clock.now();
    this.ensure(invitation, 'decline', now);
    const account = await this.users.findByEmail(invitation.email);
    const declined = this.answerEvent(
      invitation,
      'invitation.declined',
      actor?.userId ?? null,
      this.answerNotification(invitation, 'declined', account?.name ?? invitation.email, actor?.userId ?? null),
    );
    const done = await this.invitations.leavePending(invitation.id, 'declined', {
      now,
      respondedById: actor?.userId ?? null,
      unexpiredAt: now,
    }, [declined]);
    if (!done) this.noLongerPending(invitation.id);
    await this.audit.recorded('invitations', invitation.id, [declined]);
  }

  /** What the inviting chair is told; it rides with the answer's log event (see Notifier). */
  private answerNotification(
    invitation: InvitationRecord,
    answer: 'accepted' | 'declined',
    inviteeName: string,
    actorId: string | null,
  ): NotificationEvent {
    return {
      kind: 'invitation_answered',
      venueId: invitation.venueId,
      invitationId: invitation.id,
      inviterId: invitation.invitedById,
      inviteeName,
      inviteeEmail: invitation.email,
      role: invitation.role,
      answer,
      actorId,
    };
  }

  /** Chairs withdraw a pending invitation; to everyone else it does not exist. */
  async revoke(actor: Actor, id: string): Promise<InvitationRecord> {
    const invitation = await this.invitations.findById(id);
    if (!invitation || !isPermitted(actor, 'invitation.manage', { kind: 'venue', venueId: invitation.venueId })) failInvitation('INVITATION_NOT_FOUND');
    const now = this.clock.now();
    this.ensure(invitation, 'revoke', now);
    const event = this.answerEvent(invitation, 'invitation.revoked', actor?.userId ?? null);
    const revoked = await this.invitations.leavePending(
      invitation.id,
      'revoked',
      { now, respondedById: actor?.userId ?? null },
      [event],
    );
    if (!revoked) return this.noLongerPending(invitation.id);
    await this.audit.recorded('invitations', invitation.id, [event]);
    return revoked;
  }

  /** The conditional write of an acceptance; fails (naming what happened) when another request won. */
  /**
   * The conditional write of an acceptance; fails (naming what happened) when another request won.
   * Returns the event it recorded, for the caller to hand to the log once the acceptance stands.
   */
  private async claim(invitation: InvitationRecord, userId: string | null, now: Date, inviteeName: string): Promise<PendingEvent> {
    const event = this.answerEvent(
      invitation,
      'invitation.accepted',
      userId,
      this.answerNotification(invitation, 'accepted', inviteeName, userId),
    );
    const claimed = await this.invitations.leavePending(
      invitation.id,
      'accepted',
      { now, respondedById: userId, unexpiredAt: now },
      [event],
    );
    if (!claimed) await this.noLongerPending(invitation.id);
    return event;
  }

  private answerEvent(
    invitation: InvitationRecord,
    kind: 'invitation.resent' | 'invitation.accepted' | 'invitation.declined' | 'invitation.revoked',
    actorId: string | null,
    notification?: NotificationEvent,
  ): PendingEvent {
    return auditEvent({
      venueId: invitation.venueId,
      kind,
      objectType: 'invitation',
      objectId: invitation.id,
      actorId,
      summary: { email: invitation.email, role: invitation.role },
      notification,
    });
  }

  /** After a lost conditional write: says what the other request did. */
  private async noLongerPending(id: string): Promise<never> {
    const current = await this.invitations.findById(id);
    return this.answered(current?.state ?? 'revoked');
  }

  private answered(state: InvitationState): never {
    if (state === 'revoked') return failInvitation('WITHDRAWN');
    if (state === 'pending') return failInvitation('EXPIRED');
    return failInvitation('NO_LONGER_PENDING', `This invitation was already ${state}.`);
  }

  private async byToken(token: string): Promise<InvitationRecord> {
    const invitation = token ? await this.invitations.findByTokenHash(hashToken(token)) : null;
    if (!invitation) failInvitation('INVITATION_NOT_FOUND');
    return invitation;
  }

  private ensure(invitation: InvitationRecord, action: InvitationAction, now: Date): void {
    const check = checkTransition(invitation, action, now);
    if (!check.ok) this.refuse(check.reason, invitation);
  }

  private refuse(
    reason: 'not_pending' | 'expired' | 'wrong_account' | 'sign_in_required',
    invitation: Pick<InvitationRecord, 'email' | 'state'>,
  ): never {
    const email = invitation.email;
    switch (reason) {
      case 'not_pending':
        return this.answered(invitation.state);
      case 'expired':
        return failInvitation('EXPIRED');
      case 'wrong_account':
        return failInvitation('WRONG_ACCOUNT', `This invitation was sent to ${email}.`);
      case 'sign_in_required':
        return failInvitation('SIGN_IN_REQUIRED', `Sign in as ${email} to accept.`);
    }
  }

  private async holdsRole(userId: string, venueId: string, role: VenueRole): Promise<boolean> {
    const held = await this.roles.rolesOfUser(userId);
    return held.some((r) => r.venueId === venueId && r.role === role);
  }

  private async deliver(invitation: InvitationRecord, venue: VenueRecord, token: string): Promise<void> {
    const inviter = await this.users.findById(invitation.invitedById);
    const content = invitationMail({
      venueName: venue.name,
      venueShortName: venue.shortName,
      roleLabel: labelOf(invitation.role),
      inviterName: inviter?.name ?? 'A chair',
      message: invitation.message,
      link: `${this.config.publicWebUrl}/invitations/${token}`,
      expiresAt: invitation.expiresAt,
    });
    // One mail per link: a resend issues a new token, so it is a new mail.
    await this.mail.enqueue({
      key: `invitation:${invitation.id}:${hashToken(token)}`,
      to: invitation.email,
      content,
      venueId: venue.id,
    });
  }
}
