import { accountExistsMail, noAccountMail, passwordResetMail, signUpLinkMail } from './account.templates';

const expiresAt = new Date('2030-01-15T12:00:00Z');

describe('account mails', () => {
  it('carry their links in both parts, and say what to do if the reader did not ask', () => {
    const mails = [
      signUpLinkMail({ link: 'http://app/sign-up/tok_1', expiresAt }),
      accountExistsMail({
        email: 'ada@example.org',
        signInLink: 'http://app/sign-in',
        resetLink: 'http://app/forgot-password',
      }),
      passwordResetMail({ name: 'Ada', link: 'http://app/reset-password/tok_2', expiresAt }),
      noAccountMail({ email: 'ada@example.org', signUpLink: 'http://app/register' }),
    ];
    for (const mail of mails) {
      expect(mail.text).toMatch(/did not ask for this/);
      for (const link of mail.text.match(/http:\/\/\S+/g) ?? [])
        expect(mail.html).toContain(`href="${link}"`);
    }
    expect(mails[0]?.text).toContain('http://app/sign-up/tok_1');
    expect(mails[0]?.text).toContain('2030-01-15 12:00 UTC');
    expect(mails[1]?.text).toContain('http://app/forgot-password');
    expect(mails[2]?.text).toContain('signs you out everywhere else');
  });

  it('escapes what people typed in the HTML part', () => {
    const mail = passwordResetMail({ name: '<b>Eve</b>', link: 'http://app/reset-password/x', expiresAt });
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });
});
