import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { labelOf, validateEmail, VENUE_ROLES } from '@impact-review/domain';
import type { VenueRole } from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import { describeError } from '../../lib/errors';
import { formatDate, humanize } from '../../lib/format';
import { useMutationForm } from '../../lib/useMutationForm';
import { InviteToVenueMutation, ResendInvitationMutation, RevokeInvitationMutation, VenueMembersQuery } from './venue.operations';

const STATE_TONE = { pending: 'info', accepted: 'success', declined: 'neutral', revoked: 'neutral' } as const;

export function VenueMembers({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(VenueMembersQuery, { variables: { id: venueId } });
  const [invite] = useMutation(InviteToVenueMutation, {
    refetchQueries: [{ query: VenueMembersQuery, variables: { id: venueId } }],
  });
  const [revoke] = useMutation(RevokeInvitationMutation);
  const [resend] = useMutation(ResendInvitationMutation);
  const form = useMutationForm();
  const [values, setValues] = useState<{ email: string; role: VenueRole; message: string }>({
    email: '',
    role: 'expert_reviewer',
    message: '',
  });
  const [notice, setNotice] = useState('');

  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading members…" />;
  const { members, invitations } = data.venue;

  // After "already invited": the open invitation the chair can resend or revoke instead.
  const openInvitation =
    form.lastError?.code === 'CONFLICT'
      ? invitations.find(
          (i) => i.state === 'pending' && i.role === values.role && i.email.toLowerCase() === values.email.trim().toLowerCase(),
        )
      : undefined;

  const resendInvitation = async (invitation: { id: string; email: string }) => {
    try {
      await resend({ variables: { id: invitation.id } });
      setNotice(`Invitation to ${invitation.email} sent again, with a new link. The link in the earlier email no longer works.`);
      form.reset();
      setValues((v) => (v.email.trim().toLowerCase() === invitation.email ? { ...v, email: '', message: '' } : v));
    } catch (err) {
      setNotice(describeError(err).message);
    }
  };
  const revokeInvitation = async (invitation: { id: string; email: string }) => {
    try {
      await revoke({ variables: { id: invitation.id } });
      setNotice(`Invitation to ${invitation.email} revoked.`);
      form.reset();
    } catch (err) {
      setNotice(describeError(err).message);
    }
  };

  return (
    <div className="stack">
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite someone</h2>
        <p className="muted">They receive an email with a link to accept the role.</p>
        <div aria-live="polite" role="status">
          {notice ? <p className="alert alert--success">{notice}</p> : null}
        </div>
        <form
          noValidate
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            setNotice('');
            void form.submit({
              validate: () => validateEmail(values.email),
              mutate: () =>
                invite({
                  variables: {
                    input: {
                      venueId,
                      email: values.email.trim(),
                      role: values.role,
                      message: values.message.trim() || null,
                    },
                  },
                }),
              pathPrefix: 'input.',
              onSuccess: () => {
                setNotice(`Invitation sent to ${values.email.trim()}.`);
                setValues((v) => ({ ...v, email: '', message: '' }));
              },
            });
          }}
        >
          {openInvitation ? (
            <div className="alert alert--warning" role="alert">
              <p>{form.formError}</p>
              <div className="row">
                <button type="button" className="button button--small" onClick={() => void resendInvitation(openInvitation)}>
                  Resend the open invitation
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => void revokeInvitation(openInvitation)}
                >
                  Revoke it
                </button>
              </div>
            </div>
          ) : (
            <FormError message={form.formError} />
          )}
          <div className="grid-2">
            <TextField
              label="Email"
              type="email"
              name="email"
              required
              value={values.email}
              error={form.errorFor('email')}
              onChange={(event) => {
                setValues((v) => ({ ...v, email: event.target.value }));
                form.clearField('email');
              }}
            />
            <SelectField
              label="Role"
              name="role"
              options={VENUE_ROLES.map((role) => ({ value: role, label: labelOf(role) }))}
              value={values.role}
              error={form.errorFor('role')}
              onChange={(event) => setValues((v) => ({ ...v, role: event.target.value as VenueRole }))}
            />
          </div>
          <TextAreaField
            label="Personal message (optional)"
            name="message"
            rows={3}
            value={values.message}
            error={form.errorFor('message')}
            onChange={(event) => setValues((v) => ({ ...v, message: event.target.value }))}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Sending…' : 'Invite'}
            </button>
          </div>
        </form>
      </section>

      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        {members.length === 0 ? (
          <p className="muted">No members yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Roles</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.user.id}>
                    <td data-label="Name">{member.user.name}</td>
                    <td data-label="Email">{member.user.email ?? '—'}</td>
                    <td data-label="Roles">
                      <div className="row">
                        {member.roles.map((role) => (
                          <Badge key={role}>{labelOf(role)}</Badge>
                        ))}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="invitations-title">
        <h2 id="invitations-title">Invitations</h2>
        {invitations.length === 0 ? (
          <p className="muted">No invitations sent yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">State</th>
                  <th scope="col">Invited by</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Expires</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td data-label="Email">{invitation.email}</td>
                    <td data-label="Role">{labelOf(invitation.role)}</td>
                    <td data-label="State">
                      <Badge tone={invitation.expired ? 'warning' : STATE_TONE[invitation.state]}>
                        {invitation.expired ? 'Expired' : humanize(invitation.state)}
                      </Badge>
                    </td>
                    <td data-label="Invited by">{invitation.invitedBy.name}</td>
                    <td data-label="Sent">{formatDate(invitation.createdAt)}</td>
                    <td data-label="Expires">{formatDate(invitation.expiresAt)}</td>
                    <td data-label="Actions">
                      {invitation.state === 'pending' ? (
                        <div className="row">
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={`Resend invitation to ${invitation.email}`}
                            onClick={() => void resendInvitation(invitation)}
                          >
                            Resend
                          </button>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            aria-label={`Revoke invitation to ${invitation.email}`}
                            onClick={() => void revokeInvitation(invitation)}
                          >
                            Revoke
                          </button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
