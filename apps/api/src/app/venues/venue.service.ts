import { Injectable } from '@nestjs/common';
import {
  canManageVenue,
  validateVenueInput,
  zonedLocalToUtc,
  type Actor,
  type FieldError,
  type VenueDeadlineInput,
  type VenueKind,
} from '@impact-review/domain';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { isObjectIdString } from '../database/to-record';
import { VenueRoleRepository } from '../memberships/venue-role.repository';
import { venueErrors } from './venue.errors';
import { orderVenues } from './venue-order';
import { VenueRepository, type DeadlineRecord, type VenueRecord } from './venue.repository';

export interface VenueSettingsInput {
  name: string;
  shortName: string;
  timeZone: string;
  description: string;
  deadlines: VenueDeadlineInput[];
}

export interface NewVenueInput extends VenueSettingsInput {
  kind: VenueKind;
  parentVenueId?: string | null;
}

@Injectable()
export class VenueService {
  constructor(
    private readonly venues: VenueRepository,
    private readonly roles: VenueRoleRepository,
  ) {}

  /** Every venue's public metadata, each conference followed by its workshops. */
  async list(): Promise<VenueRecord[]> {
    return orderVenues(await this.venues.findAll());
  }

  async get(id: string): Promise<VenueRecord> {
    const venue = await this.venues.findById(id);
    if (!venue) fail(venueErrors, 'VENUE_NOT_FOUND');
    return venue;
  }

  /** Any signed-in person may create a venue and becomes its chair (and only its chair). */
  async create(actor: NonNullable<Actor>, input: NewVenueInput): Promise<VenueRecord> {
    const parentVenueId = input.parentVenueId?.trim() || null;
    const errors = validateVenueInput({ ...input, parentVenueId });
    if (input.kind === 'workshop' && parentVenueId !== null && !errors.some((e) => e.path === 'parentVenueId')) {
      errors.push(...(await this.checkParent(parentVenueId)));
    }
    if (errors.length > 0) fail(venueErrors, 'INVALID_VENUE', errors);
    const venue = await this.venues.create({
      ...this.settingsOf(input),
      kind: input.kind,
      parentVenueId,
      createdBy: actor.userId,
    });
    await this.roles.grant(actor.userId, venue.id, 'chair');
    return venue;
  }

  /** Chairs only; replaces the editable settings if nobody changed the venue since `expectedRevision`. */
  async update(actor: Actor, id: string, input: VenueSettingsInput, expectedRevision: number): Promise<VenueRecord> {
    const current = await this.get(id);
    if (!canManageVenue(actor, current.id)) fail(venueErrors, 'NOT_A_CHAIR');
    const errors = validateVenueInput({ ...input, kind: current.kind, parentVenueId: current.parentVenueId });
    if (errors.length > 0) fail(venueErrors, 'INVALID_VENUE', errors);
    const result = await this.venues.update(current.id, expectedRevision, this.settingsOf(input));
    if (result.ok) return result.venue;
    if (result.reason === 'not_found') fail(venueErrors, 'VENUE_NOT_FOUND');
    return fail(commonErrors, 'VERSION_CONFLICT');
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
  private settingsOf(input: VenueSettingsInput): Omit<VenueRecord, 'id' | 'kind' | 'parentVenueId' | 'createdBy' | 'revision' | 'createdAt' | 'updatedAt'> {
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
    };
  }
}
