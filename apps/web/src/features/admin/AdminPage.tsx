import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { FormError, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import type { SitePermission, SitePersonFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { SearchPeopleQuery, SetSitePermissionMutation, SiteStaffQuery } from './admin.operations';
import './admin.css';

type Person = SitePersonFieldsFragment;

interface Notice {
  text: string;
  ok: boolean;
}
type Notify = (notice: Notice) => void;

/** Site administration: who administers the site and who may create venues. */
export function AdminPage() {
  useDocumentTitle('Administration');
  const { data, loading, error, refetch } = useQuery(SiteStaffQuery);
  const [notice, setNotice] = useState<Notice | null>(null);

  if (!data) {
    return (
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Loading the administration…"
        errorTitle="Administration is for site administrators"
      />
    );
  }

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Administration</h1>
          <p className="muted">
            Decide who administers Impact Review and who may open conferences and workshops.
          </p>
        </div>
      </header>
      <div aria-live="polite" role="status">
        {notice?.ok ? <p className="alert alert--success">{notice.text}</p> : null}
      </div>
      {notice && !notice.ok ? <FormError message={notice.text} /> : null}
      <section className="card" aria-labelledby="staff-title">
        <h2 id="staff-title">Administrators and venue creators</h2>
        <PeopleList people={data.siteStaff} empty="Nobody yet." notify={setNotice} />
      </section>
      <FindPerson notify={setNotice} />
    </div>
  );
}

function FindPerson({ notify }: { notify: Notify }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [search, { data, loading, error, called }] = useLazyQuery(SearchPeopleQuery, {
    fetchPolicy: 'network-only',
  });
  const failure = error ? describeError(error) : null;
  const fieldError = problem ?? failure?.fieldErrors.find((e) => e.path === 'text')?.message;

  return (
    <section className="card" aria-labelledby="find-title">
      <h2 id="find-title">Find a person</h2>
      <p className="muted">
        Search by the start of an email address or by part of a name, then change what they may do.
      </p>
      <form
        noValidate
        role="search"
        aria-label="People"
        className="admin-search"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim().length < 2) {
            setProblem('Type at least 2 characters of a name or email address.');
            return;
          }
          setProblem(null);
          void search({ variables: { text: text.trim() } });
        }}
      >
        <TextField
          label="Name or email"
          name="text"
          type="search"
          value={text}
          error={fieldError}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Searching…' : 'Search'}
        </button>
      </form>
      {failure && !fieldError ? <FormError message={failure.message} /> : null}
      {called && data ? (
        <div aria-live="polite" className="admin-results">
          <h3 className="h3">
            {data.searchPeople.length === 0
              ? 'No one found'
              : `${data.searchPeople.length} ${data.searchPeople.length === 1 ? 'person' : 'people'} found`}
          </h3>
          <PeopleList
            people={data.searchPeople}
            empty="Check the spelling, or search by the start of the email address."
            notify={notify}
          />
        </div>
      ) : null}
    </section>
  );
}

function PeopleList({ people, empty, notify }: { people: readonly Person[]; empty: string; notify: Notify }) {
  if (people.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="people-list">
      {people.map((person) => (
        <PersonRow key={person.id} person={person} notify={notify} />
      ))}
    </ul>
  );
}

interface PermissionAction {
  /** Visible; screen readers also hear whose permission it changes. */
  label: string;
  permission: SitePermission;
  granted: boolean;
  /** The notice once it is done. */
  done: string;
  danger?: boolean;
}

/** What an administrator can change for this person (administrators always may create venues). */
export function actionsFor(person: Person, isSelf: boolean): PermissionAction[] {
  const name = person.name;
  if (person.siteAdmin) {
    // Nobody removes their own administration, nor one set by the server's configuration.
    if (isSelf || person.adminByConfiguration) return [];
    return [
      {
        label: 'Remove administrator',
        permission: 'site_admin',
        granted: false,
        done: `${name} is no longer an administrator.`,
        danger: true,
      },
    ];
  }
  return [
    person.canCreateVenues
      ? {
          label: 'Stop creating venues',
          permission: 'create_venues',
          granted: false,
          done: `${name} can no longer create venues.`,
        }
      : {
          label: 'Allow creating venues',
          permission: 'create_venues',
          granted: true,
          done: `${name} may now create venues.`,
        },
    {
      label: 'Make administrator',
      permission: 'site_admin',
      granted: true,
      done: `${name} is now an administrator.`,
    },
  ];
}

function PersonRow({ person, notify }: { person: Person; notify: Notify }) {
  const { viewer } = useAuth();
  const [setPermission, { loading }] = useMutation(SetSitePermissionMutation, {
    refetchQueries: [SiteStaffQuery],
  });
  const isSelf = viewer?.id === person.id;

  const change = async (permission: SitePermission, granted: boolean, done: string) => {
    try {
      await setPermission({ variables: { input: { userId: person.id, permission, granted } } });
      notify({ text: done, ok: true });
    } catch (err) {
      notify({ text: describeError(err).message, ok: false });
    }
  };

  return (
    <li className="people-list__item">
      <div className="people-list__who">
        <strong>{person.name}</strong>
        <span className="muted people-list__email">{person.email}</span>
        <div className="row">
          {person.siteAdmin ? <Badge tone="info">Site administrator</Badge> : null}
          {person.canCreateVenues ? (
            <Badge tone="success">May create venues</Badge>
          ) : (
            <Badge>Cannot create venues</Badge>
          )}
        </div>
        {person.adminByConfiguration ? (
          <p className="small muted">Administrator through the server setting SITE_ADMIN_EMAILS.</p>
        ) : null}
      </div>
      <div className="people-list__actions">
        {actionsFor(person, isSelf).map((action) => (
          <button
            key={action.label}
            type="button"
            className={`button button--small${action.danger ? ' button--danger' : ''}`}
            disabled={loading}
            onClick={() => void change(action.permission, action.granted, action.done)}
          >
            {action.label}
            <span className="visually-hidden"> — {person.name}</span>
          </button>
        ))}
      </div>
    </li>
  );
}
