// Granting a role is idempotent, also when several requests grant the same role at once (as
// parallel createSubmission calls of one author did): one grant, and no request fails.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { VenueRoleRepository } from '../src/app/memberships/venue-role.repository';
import { startTestApp, type TestApp } from './test-app';

describe('venue roles (real FerretDB)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets 8 parallel grants of the same role all succeed and leaves one grant, in 10 of 10 trials', async () => {
    const roles = t.app.get(VenueRoleRepository);
    const collection = t.app.get<Connection>(getConnectionToken()).collection('venue_roles');
    for (let trial = 0; trial < 10; trial++) {
      const userId = `user-${trial}-${Date.now()}`;
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => roles.grant(userId, 'venue-1', 'author')),
      );
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await collection.countDocuments({ userId, venueId: 'venue-1', role: 'author' })).toBe(1);
      expect((await roles.rolesOfUser(userId)).map((r) => r.role)).toEqual(['author']);
    }
  });
});
