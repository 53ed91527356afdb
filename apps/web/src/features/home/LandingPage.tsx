import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { labelOf } from '@impact-review/domain';
import { QueryState } from '../../components/QueryState';
import { Badge, TierBadge } from '../../components/TierBadge';
import type { PublicVenuesQuery as PublicVenuesData } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PublicVenuesQuery } from './home.operations';
import './landing.css';

const AUDIENCES = [
  {
    title: 'Authors',
    text: 'Register a paper, model, data set or demo, describe its hazards, paths to harm and benefits, and propose how each artifact should be released.',
  },
  {
    title: 'Chairs and program committees',
    text: 'Open a venue, set deadlines in its time zone, invite reviewers, confirm each statement’s review tier and record decisions with their reasons.',
  },
  {
    title: 'Expert reviewers',
    text: 'Assess statements in your field — voice cloning, misinformation, security — with a shared rubric, and recommend release options and mitigations.',
  },
  {
    title: 'Affected communities',
    text: 'People the work may affect give plain-language feedback, and can stay anonymous to the authors.',
  },
];

const STEPS = [
  {
    title: 'Write the impact statement',
    text: 'Authors answer a structured statement: hazards, the path from capability to harm, indirect harms, mitigations, benefits and who is affected.',
  },
  {
    title: 'Triage into a review tier',
    text: 'As an ethics board does, each statement is suggested a tier — exempt, expedited or full review — with the answers that drove it. A chair confirms or overrides it with a recorded reason.',
  },
  {
    title: 'Review by experts and communities',
    text: 'Full review brings subject-matter experts and members of affected communities together; expedited review can approve, but only the full committee can decline.',
  },
  {
    title: 'Decide the release plan',
    text: 'Approval can come with conditions: for each artifact, what is released, when (now, after an embargo, in stages) and to whom (everyone, on request, to accredited groups).',
  },
  {
    title: 'Keep reviewing after approval',
    text: 'Approvals have a next review date. Incidents, amendments or outside events bring a statement back for re-evaluation, and a stage of a release opens only when its review passes.',
  },
];

const TIER_SUMMARY = [
  { tier: 'exempt', text: 'Minimal risk: a chair checks the statement and the work goes ahead.' },
  {
    tier: 'expedited',
    text: 'A little more than minimal risk: one expert reviews; only the full committee can say no.',
  },
  {
    tier: 'full',
    text: 'Everything else: experts and community reviewers, a meeting and a recorded decision.',
  },
] as const;

type PublicVenue = PublicVenuesData['venues'][number];

function nextDeadline(venue: PublicVenue, now: number): PublicVenue['deadlines'][number] | null {
  const upcoming = venue.deadlines
    .filter((deadline) => new Date(deadline.dueAt).getTime() > now)
    .sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
  return upcoming[0] ?? null;
}

function VenueDirectory() {
  const { data, loading, error, refetch } = useQuery(PublicVenuesQuery);
  if (!data || data.venues.length === 0) {
    return (
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Loading the venues…"
        errorTitle="The venues could not be loaded"
        errorAction={null}
        isEmpty={(found) => found.venues.length === 0}
        empty={<p className="muted">No venues have opened yet. The first conferences and workshops will appear here.</p>}
      />
    );
  }
  const now = Date.now();
  return (
    <ul className="landing-venues">
      {data.venues.map((venue) => {
        const deadline = nextDeadline(venue, now);
        return (
          <li
            key={venue.id}
            className={venue.parentVenue ? 'landing-venue landing-venue--workshop' : 'landing-venue'}
          >
            <div className="row">
              <Badge tone="info">{venue.shortName}</Badge>
              <span className="muted small">
                {labelOf(venue.kind)}
                {venue.parentVenue ? ` at ${venue.parentVenue.shortName}` : ''}
                {venue.awaitingApprovalBy
                  ? ` · awaiting approval by ${venue.awaitingApprovalBy.shortName}`
                  : ''}
              </span>
            </div>
            <h3 className="landing-venue__name">{venue.name}</h3>
            {venue.description ? <p className="landing-venue__description">{venue.description}</p> : null}
            <p className="small muted landing-venue__deadline">
              {deadline
                ? `Next deadline: ${deadline.label}, ${formatDate(deadline.dueAt)}`
                : 'No upcoming deadline'}
            </p>
            <p className="small landing-venue__deadline">
              <Link to={`/registry/${venue.id}`}>
                Release registry<span className="visually-hidden"> of {venue.shortName}</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** What anonymous visitors see at `/`: what Impact Review is, for whom, how it works, and its venues. */
export function LandingPage() {
  useDocumentTitle('');
  return (
    <div className="landing">
      <section className="landing-hero" aria-labelledby="landing-title">
        <div className="landing-hero__text">
          <p className="landing-hero__eyebrow">Impact review for machine learning research</p>
          <h1 id="landing-title">Decide how research is released, with the people it may affect.</h1>
          <p className="landing-hero__lead">
            Impact Review is where ML conferences and workshops review the impact statements authors attach to
            their work. Statements are triaged into review tiers, read by subject-matter experts and by the
            communities the work may affect, and end in a release plan that is reviewed again as the world
            changes.
          </p>
          <div className="form-actions">
            <Link className="button button--primary" to="/register">
              Create an account
            </Link>
            <Link className="button" to="/sign-in">
              Sign in
            </Link>
          </div>
        </div>
        <aside className="card landing-tiers" aria-labelledby="tiers-title">
          <h2 id="tiers-title" className="h3">
            Three review tiers
          </h2>
          <ul>
            {TIER_SUMMARY.map((entry) => (
              <li key={entry.tier}>
                <TierBadge tier={entry.tier} />
                <p>{entry.text}</p>
              </li>
            ))}
          </ul>
        </aside>
      </section>

      <section aria-labelledby="audiences-title" className="landing-section">
        <h2 id="audiences-title">Who it is for</h2>
        <ul className="landing-cards">
          {AUDIENCES.map((audience) => (
            <li key={audience.title} className="card">
              <h3>{audience.title}</h3>
              <p>{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-title" className="landing-section">
        <h2 id="steps-title">How it works</h2>
        <ol className="landing-steps">
          {STEPS.map((step) => (
            <li key={step.title}>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="venues-title" className="landing-section">
        <h2 id="venues-title">Venues on Impact Review</h2>
        <p className="muted">
          Conferences and the workshops held at them. Sign in to submit work or to review.
        </p>
        <VenueDirectory />
      </section>

      <section aria-labelledby="start-title" className="landing-section landing-start card">
        <h2 id="start-title">Chairing a venue?</h2>
        <p>
          Create your account, then ask a site administrator to let you open venues. Reviewers and authors you
          invite create their accounts from the invitation email.
        </p>
        <Link className="button button--primary" to="/register">
          Create an account
        </Link>
      </section>
    </div>
  );
}
