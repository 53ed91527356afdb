// Public surface of the accounts feature (sign-up and password reset by mail).
export { AccountsModule } from './accounts.module';
