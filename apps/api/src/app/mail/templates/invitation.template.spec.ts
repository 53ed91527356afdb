import { invitationMail, type InvitationMailInput } from './invitation.template';
import { escapeHtml } from './html';

const base: InvitationMailInput = {
  venueName: 'Workshop on Synthetic Media Risks',
  venueShortName: 'SMR 2030',
  roleLabel: 'Expert reviewer',
  inviterName: 'Ada Lovelace',
  message: '',
  link: 'http://localhost:4200/invitations/abc_DEF-123',
  expiresAt: new Date('2030-01-15T12:00:00Z'),
};

describe('invitationMail', () => {
  it('names the venue, role and inviter and carries the link in both parts', () => {
    const mail = invitationMail(base);
    expect(mail.subject).toBe('Invitation: Expert reviewer at SMR 2030');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Workshop on Synthetic Media Risks');
      expect(part).toContain('Ada Lovelace');
      expect(part).toContain('an expert reviewer');
      expect(part).toContain('http://localhost:4200/invitations/abc_DEF-123');
      expect(part).toContain('2030-01-15 12:00 UTC');
    }
    expect(mail.html).toContain('href="http://localhost:4200/invitations/abc_DEF-123"');
  });

  it.each([
    ['Chair', 'a chair'],
    ['Community reviewer', 'a community reviewer'],
    ['Expert reviewer', 'an expert reviewer'],
  ])('uses the right article for %s', (roleLabel, phrase) => {
    expect(invitationMail({ ...base, roleLabel }).text).toContain(` as ${phrase} on`);
  });

  it('includes the personal message only when there is one', () => {
    expect(invitationMail(base).text).not.toContain('Message from');
    const withNote = invitationMail({ ...base, message: 'We need your voice-cloning expertise.\n\nThanks!' });
    expect(withNote.text).toContain('Message from Ada Lovelace:\nWe need your voice-cloning expertise.');
    expect(withNote.html).toContain('<p>We need your voice-cloning expertise.</p>');
    expect(withNote.html).toContain('<p>Thanks!</p>');
  });

  it('escapes everything people typed in the HTML part', () => {
    const mail = invitationMail({
      ...base,
      venueName: '<script>alert(1)</script>',
      inviterName: 'Eve "the" <b>Bold</b>',
      message: "<img src=x onerror='boom'>",
    });
    expect(mail.html).not.toMatch(/<script>|<img|<b>/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Eve &quot;the&quot; &lt;b&gt;Bold&lt;/b&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=&#39;boom&#39;&gt;');
    // The plain-text part is not HTML: it keeps what was typed.
    expect(mail.text).toContain('<script>alert(1)</script>');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<tag>', '&lt;tag&gt;'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
