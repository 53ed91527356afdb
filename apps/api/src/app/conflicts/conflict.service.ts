import { Injectable } from '@nestjs/common';
import {
  isAuthorOf,
  labelOf,
  mayWithdrawConflict,
  validateConflictDeclaration,
  type Actor,
  type ConflictType,
  type SubmissionTarget,
  type VenueRole,
} from '@impact-review/domain';
import { AccessService, ConflictRepository, type ConflictRecord } from '../access';
import { AuditLog, auditEvent } from '../audit';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { VenueRoleRepository } from '../memberships';
import { SubmissionRepository } from '../submissions';
import { conflictErrors } from './conflicts.errors';
import type { Conflict } from './models/conflict.model';

export function toConflict(record: ConflictRecord): Conflict {
  return {
    id: record.id,
    type: record.type,
    typeLabel: labelOf(record.type),
    reason: record.reason,
    declaredAt: record.declaredAt,
    withdrawnAt: record.withdrawnAt,
    revision: record.revision,
    userId: record.userId,
    declaredById: record.declaredById,
    venueId: record.venueId,
    submissionId: record.submissionId,
  };
}

/**
 * Declaring and withdrawing conflicts. A conflict is an access fact: once recorded, the access
 * layer hides the submission from the person it names (lists, counts, search, history, mail).
 */
@Injectable()
export class ConflictService {
  constructor(
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly conflicts: ConflictRepository,
    private readonly submissions: SubmissionRepository,
    private readonly roles: VenueRoleRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The conflicts in force on a submission, for those who may see them; [] for everyone else. */
  async listFor(actor: Actor, submission: { id: string }, target: SubmissionTarget): Promise<ConflictRecord[]> {
    if (!this.access.can(actor, 'conflict.view', target)) return [];
    return this.conflicts.activeForSubmissions([submission.id]);
  }

  /** The committee members a conflict may be declared with: chairs and reviewers who are not authors. */
  async candidates(actor: Actor, target: SubmissionTarget): Promise<string[]> {
    if (!this.access.can(actor, 'conflict.declare', target)) return [];
    const members = await this.roles.membersOfVenue(target.venueId);
    const ids = members.filter((m) => m.role !== 'author').map((m) => m.userId);
    return [...new Set(ids)].filter((id) => !isAuthorOf({ userId: id, roles: [] }, target));
  }

  async declare(
    actor: Actor,
    input: { submissionId: string; userId: string; type: ConflictType; reason: string },
  ): Promise<ConflictRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(input.submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'conflict.declare', target);
    const rolesOfPerson: VenueRole[] = (await this.roles.membersOfVenue(submission.venueId))
      .filter((m) => m.userId === input.userId)
      .map((m) => m.role);
    const errors = validateConflictDeclaration(input, {
      rolesOfPerson,
      personIsAuthor: isAuthorOf({ userId: input.userId, roles: [] }, target),
      mayPin: this.access.can(actor, 'conflict.pin', target),
    });
    if (errors.length > 0) fail(conflictErrors, 'INVALID_CONFLICT', errors);
    return this.record(actor.userId, submission, { userId: input.userId, type: input.type, reason: input.reason.trim() }, {});
  }

  /** Writes the conflict with its log event; CONFLICT when one with this person is already in force. */
  private async record(
    declaredById: string,
    submission: { id: string; venueId: string },
    conflict: { userId: string; type: ConflictType; reason: string },
    extra: Record<string, unknown>,
  ): Promise<ConflictRecord> {
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'conflict.declared',
      objectType: 'submission',
      objectId: submission.id,
      actorId: declaredById,
      summary: { ...conflict, ...extra },
    });
    const declared = await this.conflicts.declare(
      { venueId: submission.venueId, submissionId: submission.id, ...conflict, declaredById, declaredAt: this.clock.now() },
      [event],
    );
    if (!declared) return fail(conflictErrors, 'ALREADY_DECLARED');
    await this.audit.recorded('conflicts', declared.id, [event]);
    return declared;
  }

  /**
   * A reviewer declares their own conflict while bidding: from then on the statement is hidden
   * from them and they are never assigned to it.
   */
  async declareOwn(actor: Actor, input: { submissionId: string; type: ConflictType; reason: string }): Promise<ConflictRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(input.submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'conflict.declareOwn', target);
    const errors = validateConflictDeclaration(
      { userId: actor.userId, type: input.type, reason: input.reason },
      { rolesOfPerson: actor.roles.filter((r) => r.venueId === submission.venueId).map((r) => r.role), personIsAuthor: false, mayPin: false },
    );
    if (errors.length > 0) fail(conflictErrors, 'INVALID_CONFLICT', errors);
    return this.record(actor.userId, submission, { userId: actor.userId, type: input.type, reason: input.reason.trim() }, { source: 'bidding' });
  }

  async withdraw(actor: Actor, submissionId: string, userId: string, expectedRevision: number): Promise<ConflictRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'conflict.declare', target);
    const conflict = await this.conflicts.findActive(submission.id, userId);
    if (!conflict) return fail(conflictErrors, 'CONFLICT_NOT_FOUND');
    const rights = {
      mayDeclare: this.access.can(actor, 'conflict.declare', target),
      mayPin: this.access.can(actor, 'conflict.pin', target),
    };
    if (!mayWithdrawConflict(conflict.type, rights)) fail(conflictErrors, 'CANNOT_WITHDRAW');
    if (conflict.revision !== expectedRevision) fail(commonErrors, 'VERSION_CONFLICT');
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'conflict.withdrawn',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { userId, type: conflict.type },
    });
    const withdrawn = await this.conflicts.withdraw(conflict.id, expectedRevision, actor.userId, this.clock.now(), [event]);
    if (!withdrawn) return fail(commonErrors, 'VERSION_CONFLICT');
    await this.audit.recorded('conflicts', withdrawn.id, [event]);
    return withdrawn;
  }
}
