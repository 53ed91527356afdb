// Accounts in a real browser: the landing page a visitor sees, signing up through the link in a
// mail, "Forgot password?", and what too many wrong passwords look like.
import { signInAsSiteAdmin } from './pages/admin.page';
import {
  AppHeader,
  PasswordResetPages,
  RegisterPage,
  SignInPage,
  SignUpPage,
  type Account,
} from './pages/auth.page';
import { NewVenuePage } from './pages/venue.page';
import { PersonBrowser } from './support/browser';
import { expectHidden, expectText, expectVisible } from './support/expect';

const run = Date.now().toString(36);
const newcomer: Account = {
  name: 'Noor Haddad',
  email: `noor.${run}@example.org`,
  password: 'first-password-1',
};
const NEW_PASSWORD = 'second-password-2';

describe('accounts: landing page, sign-up by email, password reset, throttling', () => {
  let visitor: PersonBrowser;

  beforeAll(async () => {
    visitor = await PersonBrowser.open();
    // A venue for the directory on the landing page, opened by the site administrator.
    const admin = await PersonBrowser.open();
    try {
      await signInAsSiteAdmin(admin.page);
      const newVenue = new NewVenuePage(admin.page);
      await newVenue.goto();
      await newVenue.createConference({
        name: 'Conference on Generative Media and Society 2031',
        shortName: `GMS31-${run}`,
        description:
          'Research on generative media and its effects on elections, journalism and everyday trust.',
        deadline: '2031-05-20T23:59',
      });
    } finally {
      await admin.close();
    }
  });

  afterAll(async () => {
    await visitor?.close();
  });

  it('shows visitors what Impact Review is, who it is for, how it works, and the venues', async () => {
    const page = visitor.page;
    await page.goto('/');
    await expectVisible(page.getByRole('heading', { level: 1, name: /Decide how research is released/ }));
    for (const section of ['Who it is for', 'How it works', 'Venues on Impact Review']) {
      await expectVisible(page.getByRole('region', { name: section }));
    }
    await expectText(page.getByRole('region', { name: 'How it works' }), 'Triage into a review tier');
    const venues = page.getByRole('region', { name: 'Venues on Impact Review' });
    await expectText(venues, `GMS31-${run}`);
    await expectText(venues, 'Next deadline: Statement submission');
    await expectVisible(page.getByRole('banner').getByRole('link', { name: 'Sign in' }));
    await visitor.screenshotBoth('20-landing');
  });

  it('signs a visitor up through the link in a mail', async () => {
    const page = visitor.page;
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).first().click();
    const register = new RegisterPage(page);
    await expectVisible(page.getByRole('heading', { name: 'Create an account', level: 1 }));
    await visitor.screenshotBoth('21-register');

    // A mistyped address is caught before anything is sent.
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('noor@example');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expectText(page.getByRole('main').getByRole('alert'), 'Some fields need attention.');

    const link = await register.requestLink(newcomer.email);
    await expectText(register.sentNotice, 'Check your email');
    await visitor.screenshotBoth('22-register-link-sent');

    await page.goto(link);
    await expectText(page.getByRole('main'), `Your email address ${newcomer.email} is confirmed.`);
    // Too short a password is explained at the field, and nothing is created.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(newcomer.name);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectText(page.locator('.field__error'), 'Use at least 10 characters for your password.');
    await visitor.screenshotBoth('23-sign-up-choose-password');

    await new SignUpPage(page).complete(newcomer);
    await expectText(
      page.getByRole('main').getByRole('status'),
      `Welcome to Impact Review, ${newcomer.name}. Your account is ready.`,
    );
    // Without the site permission there is no "New venue".
    await expectHidden(new AppHeader(page).nav.getByRole('link', { name: 'New venue' }));
    await page.goto('/venues/new');
    await expectText(
      page.getByRole('main'),
      'Opening a conference or a workshop needs permission from a site administrator',
    );
    await visitor.screenshotBoth('24-new-venue-needs-permission');

    // The link worked once.
    await new AppHeader(page).signOut();
    await page.goto(link);
    await expectVisible(page.getByRole('heading', { name: 'This link does not work' }));
  });

  it('resets a forgotten password from the sign-in page and signs in with the new one', async () => {
    const page = visitor.page;
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.attempt({ email: newcomer.email, password: 'what-was-it-again' });
    await expectText(signIn.formError, 'The email or password is not right.');
    await visitor.screenshotBoth('25-sign-in-forgot-link');

    const reset = new PasswordResetPages(page);
    const link = await reset.requestFromSignIn(newcomer.email);
    await visitor.screenshotBoth('26-forgot-password-sent');
    await page.goto(link);
    await expectText(page.getByRole('main'), `For your account ${newcomer.email}.`);
    await visitor.screenshotBoth('27-reset-password');
    await reset.setNewPassword(link, NEW_PASSWORD);
    await expectText(
      page.getByRole('main').getByRole('status'),
      'Your password is changed and you are signed in.',
    );

    await new AppHeader(page).signOut();
    await signIn.signIn({ email: newcomer.email, password: NEW_PASSWORD });
    await new AppHeader(page).expectSignedInAs(newcomer.name);
    await new AppHeader(page).signOut();
  });

  it('tells a person after too many wrong passwords when to try again', async () => {
    const page = visitor.page;
    const signIn = new SignInPage(page);
    await signIn.goto();
    for (let i = 0; i < 5; i++) {
      await signIn.attempt({ email: newcomer.email, password: `wrong-password-${i}` });
      await expectText(signIn.formError, 'The email or password is not right.');
    }
    await signIn.attempt({ email: newcomer.email, password: NEW_PASSWORD });
    await expectText(
      signIn.formError,
      'Too many failed sign-in attempts for this email address. Try again in 15 minutes, or reset your password.',
    );
    await visitor.screenshotBoth('28-sign-in-throttled');
  });
});
