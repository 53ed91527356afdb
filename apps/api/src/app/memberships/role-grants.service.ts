import { Injectable } from '@nestjs/common';
import type { VenueRole } from '@impact-review/domain';
import { AuditLog, auditEvent } from '../audit';
import { VenueRoleRepository } from './venue-role.repository';

/** Grants a venue role (idempotently) and logs the grant when it is new. */
@Injectable()
export class RoleGrants {
  constructor(
    private readonly roles: VenueRoleRepository,
    private readonly audit: AuditLog,
  ) {}

  async grant(userId: string, venueId: string, role: VenueRole, actorId: string | null): Promise<void> {
    const event = auditEvent({
      venueId,
      kind: 'role.granted',
      objectType: 'membership',
      objectId: userId,
      actorId,
      summary: { userId, role },
    });
    const id = await this.roles.grant(userId, venueId, role, [event]);
    if (id) await this.audit.recorded('venue_roles', id, [event]);
  }
}
