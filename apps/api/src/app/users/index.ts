// Public surface of the users feature: the accounts' records and how other features read them.
export { User } from './models/user.model';
export { UserRepository, type UserRecord } from './user.repository';
export { userById } from './user.loaders';
export { UsersModule } from './users.module';
