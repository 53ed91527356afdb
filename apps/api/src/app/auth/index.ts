// Public surface of the auth feature: sessions, passwords and the signed-in person.
export { authErrors } from './auth.errors';
export { hashPassword } from './password';
export { hashToken, newToken } from './session-token';
export { Viewer, VenueRoleEnum } from './models/viewer.model';
export { SessionRepository } from './session.repository';
export { AuthService, type Attempt, type SignedIn } from './auth.service';
export { Viewers } from './viewers';
export { AuthModule } from './auth.module';
