import { Injectable } from '@nestjs/common';
import {
  validateResponsePhase,
  isPermitted,
  checkAffiliationDecision,
  initialAffiliation,
  tidyTaxonomy,
  TIERS,
  validateAffiliationNote,
  normalisedReminderDays,
  validateContinuingReviewPolicy,
  validateTierPolicy,
  validateVenueInput,
  validateVenueTaxonomy,
  zonedLocalToUtc,
  type ResponsePhase,
  type ReviewVisibilitySettings,
  type ContinuingReviewPolicy,
  type TierPolicy,
  type VenueTaxonomy,
  type Actor,
  type AffiliationDecision,
  type FieldError,
  type VenueDeadlineInput,
  type VenueKind,
} from '@impact-review/domain';
import { Clock } from '../common/clock';
import { fail, failSaying } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { isObjectIdString } from '../database/to-record';
import { ANNOUNCE_VENUE_RELEASE_JOB, JobQueue } from '../jobs';
import { RoleGrants } from '../memberships';
import { SitePermissionsService } from '../site-admin';
import { venueErrors } from './venue.errors';
import { orderVenues } from './venue-order';
import { heldAtId, VenueRepository, type DeadlineRecord, type VenueChanges, type VenueRecord } from './venue.repository';
import { AuditLog, auditEvent, changedFields } from '../audit';

export interface VenueSettingsInput {
  name: string;
  shortName: string;
  timeZone: string;
  description: string;
  deadlines: VenueDeadlineInput[];
  /** Omitted or null: unchanged (true for a new venue). */
  tiersVisibleToAuthors?: boolean | null;
}

export interface NewVenueInput extends VenueSettingsInput {
  kind: VenueKind;
  parentVenueId?: string | null;
}

/** Only the fields a policy has (GraphQL inputs carry prototypes and nothing else may slip in). */
function copyTierPolicy(policy: TierPolicy): TierPolicy {
  return Object.fromEntries(
    TIERS.map((tier) => {
      const { chairCheck, expertReviewers, communityReviewers, reviewDays, disapproval } = policy[tier];
      return [tier, { chairCheck, expertReviewers, communityReviewers, reviewDays, disapproval }];
    }),
  ) as unknown as TierPolicy;
}

@Injectable()
export class VenueService {
  constructor(
    private readonly clock: Clock,
    private readonly venues: VenueRepository,
    private readonly grants: RoleGrants,
    private readonly audit: AuditLog,
    private readonly sitePermissions: SitePermissionsService,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Every venue's public metadata, each conference followed by the workshops its chairs approved;
   * a workshop still waiting for approval is listed on its own.
   */
  async list(): Promise<VenueRecord[]> {
    const venues = await this.venues.findAll();
    const byId = new Map(venues.map((v) => [v.id, v]));
    const ordered = orderVenues(venues.map((v) => ({ ...v, parentVenueId: heldAtId(v) })));
    return ordered.map((v) => byId.get(v.id) as VenueRecord);
  }

  async get(id: string): Promise<VenueRecord> {
    const venue = await this.venues.findById(id);
    if (!venue) fail(venueErrors, 'VENUE_NOT_FOUND');
    return venue;
  }

  /**
   * People with the site permission create venues and become their chair (and only its chair). A
   * workshop created "at" a conference asks that conference's chairs, unless its creator is one.
   */
  async create(actor: NonNullable<Actor>, input: NewVenueInput): Promise<VenueRecord> {
    const site = await this.sitePermissions.of(actor);
    if (!isPermitted(actor, 'venue.create', { kind: 'site', ...site })) fail(venueErrors, 'CANNOT_CREATE_VENUES');
    const parentVenueId = input.parentVenueId?.trim() || null;
    const errors = validateVenueInput({ ...input, parentVenueId });
    if (input.kind === 'workshop' && parentVenueId !== null && !errors.some((e) => e.path === 'parentVenueId')) {
      errors.push(...(await this.checkParent(parentVenueId)));
    }
    if (errors.length > 0) fail(venueErrors, 'INVALID_VENUE', errors);
    const parentApproval = parentVenueId ? initialAffiliation(isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: parentVenueId })) : null;
    const id = this.venues.newId();
    const settings = this.settingsOf(input);
    const event = auditEvent({
      venueId: id,
      kind: 'venue.created',
      objectType: 'venue',
      objectId: id,
      actorId: actor.userId,
      summary: { ...settings, kind: input.kind, parentVenueId, parentApproval },
    });
    const venue = await this.venues.create(
      {
        ...settings,
        kind: input.kind,
        parentVenueId,
        parentApproval,
        parentDecision: parentApproval === 'approved' ? { decidedById: actor.userId, decidedAt: this.clock.now(), note: '' } : null,
        createdBy: actor.userId,
      },
      id,
      [event],
    );
    await this.audit.recorded('venues', id, [event]);
    await this.grants.grant(actor.userId, venue.id, 'chair', actor.userId);
    return venue;
  }

  /** Chairs only; replaces the editable settings if nobody changed the venue since `expectedRevision`. */
  async update(actor: Actor, id: string, input: VenueSettingsInput, expectedRevision: number): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: current.id })) fail(venueErrors, 'NOT_A_CHAIR');
    const errors = validateVenueInput({ ...input, kind: current.kind, parentVenueId: current.parentVenueId });
    if (errors.length > 0) fail(venueErrors, 'INVALID_VENUE', errors);
    return this.change(actor, current, this.settingsOf(input, current), expectedRevision);
  }

  /** Chairs only; replaces the tier policy if nobody changed the venue since `expectedRevision`. */
  async updateTierPolicy(actor: Actor, id: string, policy: TierPolicy, expectedRevision: number): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: current.id })) fail(venueErrors, 'NOT_A_CHAIR');
    const errors = validateTierPolicy(policy);
    if (errors.length > 0) fail(venueErrors, 'INVALID_TIER_POLICY', errors);
    const tierPolicy = copyTierPolicy(policy);
    return this.change(actor, current, { tierPolicy }, expectedRevision);
  }

  /** Chairs only; approval periods by tier and the reminders before expiry. */
  async updateContinuingReviewPolicy(actor: Actor, id: string, policy: ContinuingReviewPolicy, expectedRevision: number): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: current.id })) fail(venueErrors, 'NOT_A_CHAIR');
    const errors = validateContinuingReviewPolicy(policy);
    if (errors.length > 0) fail(venueErrors, 'INVALID_CONTINUING_REVIEW_POLICY', errors);
    const continuingReviewPolicy: ContinuingReviewPolicy = {
      periodMonths: { exempt: policy.periodMonths.exempt, expedited: policy.periodMonths.expedited, full: policy.periodMonths.full },
      reminderDays: normalisedReminderDays(policy.reminderDays),
    };
    return this.change(actor, current, { continuingReviewPolicy }, expectedRevision);
  }

  /** Chairs only; bidding, double-blind, who reads which reviews, and releasing every review to the authors. */
  async updateReviewSettings(
    actor: Actor,
    id: string,
    settings: { biddingOpen: boolean; doubleBlind: boolean; reviewVisibility?: ReviewVisibilitySettings; reviewsReleased?: boolean },
    expectedRevision: number,
  ): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: current.id })) fail(venueErrors, 'NOT_A_CHAIR');
    const changed = await this.change(actor, current, settings, expectedRevision);
    if (changed.reviewsReleased && !current.reviewsReleased)
      await this.queue.enqueue({
        name: ANNOUNCE_VENUE_RELEASE_JOB,
        key: `${ANNOUNCE_VENUE_RELEASE_JOB}:${changed.id}:${changed.revision}`,
        venueId: changed.id,
        summary: 'Tell the authors that their reviews are released',
        payload: { venueId: changed.id },
      });
    return changed;
  }

  /**
   * Chairs only; opens or closes the authors' response phase (deadline, word limit) and lets
   * reviewers change submitted reviews until `reviewsReopenedUntil` (after the responses).
   */
  async updateResponsePhase(
    actor: Actor,
    id: string,
    phase: ResponsePhase,
    reviewsReopenedUntil: Date | null,
    expectedRevision: number,
  ): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: current.id })) fail(venueErrors, 'NOT_A_CHAIR');
    const errors = validateResponsePhase(phase, this.clock.now());
    if (errors.length > 0) fail(venueErrors, 'INVALID_RESPONSE_PHASE', errors);
    return this.change(actor, current, { responsePhase: phase, reviewsReopenedUntil }, expectedRevision);
  }

  /** Chairs only; replaces the expertise areas and communities. */
  async updateTaxonomy(actor: Actor, id: string, taxonomy: VenueTaxonomy, expectedRevision: number): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: current.id })) fail(venueErrors, 'NOT_A_CHAIR');
    const errors = validateVenueTaxonomy(taxonomy);
    if (errors.length > 0) fail(venueErrors, 'INVALID_TAXONOMY', errors);
    return this.change(actor, current, { taxonomy: tidyTaxonomy(taxonomy) }, expectedRevision);
  }

  /** One guarded write of `changes` with its log event (what changed, before and after). */
  private async change(actor: Actor, current: VenueRecord, changes: VenueChanges, expectedRevision: number): Promise<VenueRecord> {
    const event = auditEvent({
      venueId: current.id,
      kind: 'venue.changed',
      objectType: 'venue',
      objectId: current.id,
      actorId: actor?.userId ?? null,
      summary: changedFields(current as unknown as Record<string, unknown>, changes as unknown as Record<string, unknown>),
    });
    const result = await this.venues.update(current.id, expectedRevision, changes, [event]);
    if (result.ok) {
      await this.audit.recorded('venues', current.id, [event]);
      return result.venue;
    }
    if (result.reason === 'not_found') fail(venueErrors, 'VENUE_NOT_FOUND');
    return fail(commonErrors, 'VERSION_CONFLICT');
  }

  /** Workshops waiting for this conference's chairs; empty for everyone else. */
  async requestsTo(actor: Actor, conferenceId: string): Promise<VenueRecord[]> {
    if (!isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: conferenceId })) return [];
    return this.venues.findRequestsTo([conferenceId]);
  }

  /**
   * A chair of the conference approves or declines a workshop's request. The decision is a
   * conditional write on the still-pending request: of two chairs deciding at once, one wins and
   * the other gets CONFLICT naming what was decided.
   */
  async decideRequest(actor: Actor, workshopId: string, decision: AffiliationDecision, note: string | null | undefined): Promise<VenueRecord> {
    const workshop = await this.venues.findById(workshopId);
    // To anyone but the conference's chairs a request is as good as absent.
    if (!workshop?.parentVenueId || !isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: workshop.parentVenueId }) || !actor) fail(venueErrors, 'REQUEST_NOT_FOUND');
    const errors = validateAffiliationNote(note);
    if (errors.length > 0) fail(venueErrors, 'INVALID_VENUE', errors);
    const check = checkAffiliationDecision(workshop.parentApproval ?? 'approved', decision);
    if (!check.ok) this.alreadyDecided(workshop);
    const event = auditEvent({
      venueId: workshop.id,
      kind: 'venue.affiliation_decided',
      objectType: 'venue',
      objectId: workshop.id,
      actorId: actor.userId,
      summary: { conferenceId: workshop.parentVenueId, decision: check.to, note: (note ?? '').trim() },
    });
    const decided = await this.venues.decideAffiliation(
      workshop.id,
      check.to,
      { decidedById: actor.userId, decidedAt: this.clock.now(), note: (note ?? '').trim() },
      [event],
    );
    if (decided) {
      await this.audit.recorded('venues', workshop.id, [event]);
      return decided;
    }
    return this.alreadyDecided(await this.get(workshop.id));
  }

  private alreadyDecided(workshop: VenueRecord): never {
    const outcome = workshop.parentApproval === 'declined' ? 'declined' : 'approved';
    return failSaying(venueErrors, 'REQUEST_ALREADY_DECIDED', `Another chair already ${outcome} this request. Reload to see the decision.`);
  }

  private async checkParent(parentVenueId: string): Promise<FieldError[]> {
    const parent = isObjectIdString(parentVenueId) ? await this.venues.findById(parentVenueId) : null;
    if (!parent) return [{ path: 'parentVenueId', message: 'Choose an existing conference; this one was not found.' }];
    if (parent.kind !== 'conference') {
      return [{ path: 'parentVenueId', message: 'A workshop is held at a conference, not at another workshop.' }];
    }
    return [];
  }

  /** Validated settings, tidied, with each deadline's exact instant computed in the venue's zone. */
  private settingsOf(
    input: VenueSettingsInput,
    current: VenueRecord | null = null,
  ): Pick<VenueRecord, 'name' | 'shortName' | 'timeZone' | 'description' | 'deadlines' | 'tiersVisibleToAuthors'> {
    const deadlines: DeadlineRecord[] = input.deadlines.map((d) => ({
      label: d.label.trim(),
      dueLocal: d.dueLocal,
      dueAt: zonedLocalToUtc(d.dueLocal, input.timeZone),
    }));
    return {
      name: input.name.trim(),
      shortName: input.shortName.trim(),
      timeZone: input.timeZone,
      description: input.description.trim(),
      deadlines,
      tiersVisibleToAuthors: input.tiersVisibleToAuthors ?? current?.tiersVisibleToAuthors ?? true,
    };
  }
}
