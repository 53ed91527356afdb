import { alignTo, defineLoader } from '../common/graphql/loaders';
import type { UserRepository } from './user.repository';

/** People by id for one request; a deleted account loads as null. */
export const userById = defineLoader('users.byId', (users: UserRepository) => async (ids: readonly string[]) =>
  alignTo(ids, await users.findByIds(ids), (u) => u.id, null),
);
