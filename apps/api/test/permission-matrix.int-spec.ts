// The permission matrix, generated from the committed schema: every Query, Mutation and object
// field x 9 roles (anonymous, unrelated user, author, co-author, chair, chair who is an author,
// expert reviewer conflicted with the submissions, community reviewer, expert reviewer assigned to
// the submitted ones) x 4 scenarios: the submission's phases (draft, submitted, revising) with
// bidding closed, and the submitted one while the venue's bidding is open.
// Each coordinate's entry (permission-matrix/matrix-entries.ts) names its rule; the expected
// answer of each cell comes from the domain's rules (isPermitted) and is compared with what the
// API answers over HTTP. Queries are sent with every field of their result selected; mutations
// with inputs that fail after the access check (a stale revision, an empty reason), so that a
// permitted call is told apart from a refused one without changing anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Types, type Connection } from 'mongoose';
import {
  DEFAULT_EXPERT_FORM,
  DEFAULT_REVIEW_VISIBILITY,
  DEFAULT_TIER_POLICY,
  isPermitted,
  isReviewerAt,
  PERMISSIONS,
  submissionTarget,
  type Actor,
  type Permission,
  type ReviewTarget,
  type SubmissionPhase,
  type SubmissionTarget,
  type VenueRole,
} from '@impact-review/domain';
import { MATRIX_ENTRIES, REACHED_ONLY_BY_CHANGES, REACHED_ONLY_BY_SITE_ADMINS, type Rule } from './permission-matrix/matrix-entries';
import { CONFIRM, CONTINUING_ANSWERS, CREATE_VENUE, START_REVISION, SubmissionSteps, details, expeditedContent, unique, type Person } from './submission-helpers';
import { GraphqlClient, startTestApp, TEST_PASSWORD, type CaughtMail, type GraphqlResult, type TestApp } from './test-app';

const SCHEMA_PATH = join(__dirname, '..', 'schema.graphql');
const ROLES = ['anonymous', 'unrelated', 'author', 'coAuthor', 'chair', 'chairAuthor', 'expert', 'community', 'assigned'] as const;
type Role = (typeof ROLES)[number];
const PHASES: readonly SubmissionPhase[] = ['draft', 'submitted', 'revising'];
/** The phases with bidding closed, and the submitted submission while bidding is open. */
const SCENARIOS = [...PHASES, 'bidding'] as const;
type Scenario = (typeof SCENARIOS)[number];
const phaseOf = (scenario: Scenario): SubmissionPhase => (scenario === 'bidding' ? 'submitted' : scenario);
const MISSING_ID = '0123456789abcdef01234567';
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** Arguments for fields that need them, in generated selections. */
const FIELD_ARGS: Readonly<Record<string, string>> = {
  'Submission.version': '(number: 1)',
  'Submission.compareVersions': '(from: 1, to: 2)',
  'Submission.replacements': '(kind: expert)',
  'Submission.review': `(id: "${MISSING_ID}")`,
  'Venue.reviewerChoices': '(search: "Esme")',
  'MatchingRun.proposalFor': `(submissionId: "${MISSING_ID}")`,
};
/**
 * Fields left out of generated selections: non-null fields that answer an error (their error would
 * null the whole answer), those that lead to other submissions than the probed one (probed
 * with their own selections, so that a submission's fields are judged against its own facts), and
 * the reviews and decisions (their own probes: nested under every submission they would exceed the cost limit).
 */
const ALONE = new Set(['Submission.version', 'Submission.compareVersions', 'Venue.matchingRun', 'MatchingRun.proposal', 'MatchingRun.uncovered', 'ReviewProgressRow.submission', 'ApprovalListItemModel.submission', 'Venue.incidents', 'Incident.submission', 'Venue.eventedApprovals', 'Submission.reviews', 'Submission.reviewTask', 'Submission.decision', 'Submission.decisionHistory', 'Submission.approval', 'AgendaItem.submission', 'Venue.meetings', 'Venue.meetingCandidates']);
const MAX_DEPTH = 7;

function objectCoordinates(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
    .sort();
}

/** Every field of `type`, recursively (each type once per path), as a selection set. */
function selectionOf(schema: GraphQLSchema, type: GraphQLObjectType, depth = 1, onPath = new Set<string>([type.name]), skip = ALONE): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const coordinate = `${type.name}.${field.name}`;
    if (skip.has(coordinate)) continue;
    const needsArgs = field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const args = FIELD_ARGS[coordinate] ?? '';
    if (needsArgs && !args) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      const inner =
        depth >= MAX_DEPTH || onPath.has(named.name)
          ? `__typename${'id' in named.getFields() ? ' id' : ''}`
          : selectionOf(schema, named, depth + 1, new Set([...onPath, named.name]), skip);
      parts.push(`${field.name}${args} { ${inner} }`);
    } else {
      parts.push(`${field.name}${args}`);
    }
  }
  return parts.join(' ');
}

/** One answer at one place in a response. */
interface Occurrence {
  coordinate: string;
  /** The error code at this place, if the field failed. */
  code: string | null;
  value: unknown;
  parent: Record<string, unknown> | null;
  /** The venue the answer is about (for email visibility). */
  venueId: string;
}

/** Walks a response along the schema and records each field it holds (or lost to an error). */
function occurrencesIn(
  schema: GraphQLSchema,
  result: GraphqlResult,
  rootType: 'Query' | 'Mutation',
  venueId: string,
): Occurrence[] {
  const errors = new Map<string, string>();
  for (const error of result.errors ?? []) {
    errors.set((error.path ?? []).join('.'), error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  const found: Occurrence[] = [];
  const visit = (type: GraphQLObjectType, value: Record<string, unknown>, path: string[]) => {
    for (const [key, child] of Object.entries(value)) {
      if (key === '__typename') continue;
      const field = type.getFields()[key] as GraphQLField<unknown, unknown> | undefined;
      if (!field) continue;
      const here = [...path, key];
      const code = errors.get(here.join('.')) ?? null;
      found.push({ coordinate: `${type.name}.${key}`, code, value: child, parent: value, venueId });
      const named = getNamedType(field.type);
      if (!isObjectType(named) || child === null || child === undefined) continue;
      if (Array.isArray(child)) child.forEach((item, i) => item && visit(named, item as Record<string, unknown>, [...here, String(i)]));
      else visit(named, child as Record<string, unknown>, here);
    }
  };
  const root = schema.getType(rootType) as GraphQLObjectType;
  const data = result.data ?? {};
  // A root field that failed is in the errors but not (or as null) in the data.
  for (const error of result.errors ?? []) {
    const [first] = error.path ?? [];
    if (typeof first === 'string' && error.path?.length === 1 && !(first in (data as object))) {
      found.push({ coordinate: `${rootType}.${first}`, code: errors.get(first) ?? null, value: null, parent: null, venueId });
    }
  }
  visit(root, data as Record<string, unknown>, []);
  return found;
}

interface World {
  venueId: string;
  meetingId: string;
  meetingMemberIds: string[];
  workshopId: string;
  people: Record<Exclude<Role, 'anonymous'>, Person>;
  actors: Record<Role, Actor>;
  submissions: Record<SubmissionPhase, string>;
  /** The assigned reviewer's assignment to each submission ('' where there is none). */
  assignmentIds: Record<SubmissionPhase, string>;
  /** A committed matcher run, and a later one whose proposal waits. */
  committedRunId: string;
  openRunId: string;
  /** A finished pool import of the venue (its one line refused). */
  poolImportId: string;
  /** The approval of each submission (the revising one's sent decision made one; MISSING_ID elsewhere). */
  approvalIds: Record<SubmissionPhase, string>;
  amendmentIds: Record<SubmissionPhase, string>;
  /** A confirmed, answered incident report about the venue in general. */
  incidentId: string;
  canCreateVenues: ReadonlySet<Role>;
}

describe('permission matrix (real FerretDB, over HTTP)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let world: World;
  const tokens: Record<'invitation' | 'signUp' | 'passwordReset' | 'unsubscribe', string> = {
    invitation: '',
    signUp: '',
    passwordReset: '',
    unsubscribe: '',
  };
  const conflictedUserIds: string[] = [];

  const client = (role: Role): GraphqlClient => (role === 'anonymous' ? t.client() : world.people[role].client);
  const target = (scenario: Scenario): SubmissionTarget =>
    submissionTarget(
      { venueId: world.venueId, authorIds: [world.people.author.id, world.people.coAuthor.id, world.people.chairAuthor.id], phase: phaseOf(scenario) },
      {
        conflictedUserIds,
        tiersVisibleToAuthors: true,
        assignedUserIds: world.assignmentIds[phaseOf(scenario)] ? [world.people.assigned.id] : [],
        biddingOpen: scenario === 'bidding',
        doubleBlind: true,
        reviewVisibility: DEFAULT_REVIEW_VISIBILITY,
        // The assigned reviewer submitted a review of both submitted statements; the revising one's are released.
        submittedReviewerIds: world.assignmentIds[phaseOf(scenario)] ? [world.people.assigned.id] : [],
        reviewsReleased: phaseOf(scenario) === 'revising',
        decisionSent: phaseOf(scenario) === 'revising',
      },
    );
  /** The one review of the submission in this scenario: the assigned reviewer's. */
  const reviewTarget = (scenario: Scenario): ReviewTarget => ({
    kind: 'review',
    submission: target(scenario),
    reviewerId: world.people.assigned.id,
    reviewerKind: 'expert',
    submitted: true,
    namedToAuthors: false,
  });

  /** Whether `role` holds `permission` on the object the coordinate is about, in `phase`. */
  function holds(role: Role, permission: Permission, phase: Scenario, venueId = world.venueId): boolean {
    const actor = world.actors[role];
    const about = PERMISSIONS[permission].target;
    if (about === 'venue') return isPermitted(actor, permission as 'venue.manage', { kind: 'venue', venueId });
    // Person permissions in the matrix are about the asking person's own things (their profile).
    if (about === 'person') return isPermitted(actor, permission as 'reviewerProfile.edit', { kind: 'person', venueId, personId: actor?.userId ?? '' });
    if (about === 'review') return isPermitted(actor, permission as 'review.view', reviewTarget(phase));
    if (about === 'meeting') return isPermitted(actor, permission as 'meeting.view', { kind: 'meeting', venueId, memberIds: world.meetingMemberIds });
    if (about === 'statementVersion') {
      return isPermitted(actor, 'statement.viewVersion', { kind: 'statementVersion', submission: target(phase), versionState: 'submitted' });
    }
    return isPermitted(actor, permission as 'submission.view', target(phase));
  }

  beforeAll(async () => {
    schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
    t = await startTestApp();
    const steps = new SubmissionSteps(t);
    const sign = (name: string, canCreateVenues: boolean) => t.signUp(name, { canCreateVenues, password: TEST_PASSWORD });
    const chair = await sign('Carla Chair', true);
    const people = {
      chair,
      chairAuthor: await sign('Chidi Chair-Author', true),
      author: await sign('Ada Author', false),
      coAuthor: await sign('Cole Co-Author', false),
      expert: await sign('Esme Expert', false),
      community: await sign('Cato Community', false),
      unrelated: await sign('Uma Unrelated', false),
      assigned: await sign('Asa Assigned', false),
    };
    // A reviewer in the pool who is no role of the matrix: the replacements' candidate.
    const spare = await sign('Sol Spare', false);
    // And one who is late with a review (the chairs' list of late reviews).
    const late = await sign('Lee Late', false);
    const venueId = await steps.createVenue(chair);
    const { venue: created } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision shortName } }`, { id: venueId });
    await chair.client.ok(`mutation($id: ID!, $rev: Int!, $input: UpdateVenueInput!) { updateVenue(id: $id, expectedRevision: $rev, input: $input) { id } }`, {
      id: venueId,
      rev: created.revision,
      input: { name: 'Synthetic Media Workshop', shortName: created.shortName, timeZone: 'UTC', description: '', deadlines: [{ label: 'Statements due', dueLocal: '2027-03-01T23:59' }] },
    });
    await chair.client.ok(`mutation($id: ID!, $rev: Int!, $x: VenueTaxonomyInput!) { updateVenueTaxonomy(venueId: $id, expectedRevision: $rev, taxonomy: $x) { id } }`, {
      id: venueId,
      rev: created.revision + 1,
      x: { areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning'] }], communities: ['Voice actors'] },
    });
    // Committee members join the way people do: an invitation, accepted.
    await steps.join(chair, people.chairAuthor, venueId, 'chair');
    await steps.join(chair, people.expert, venueId, 'expert_reviewer');
    await steps.join(chair, people.community, venueId, 'community_reviewer');
    await steps.join(chair, people.assigned, venueId, 'expert_reviewer');
    await steps.join(chair, spare, venueId, 'expert_reviewer');
    await steps.join(chair, late, venueId, 'expert_reviewer');
    // The expert keeps a profile, so that chairs have one to read.
    await people.expert.client.ok(
      `mutation($v: ID!, $p: ReviewerProfileInput!) { updateReviewerProfile(venueId: $v, profile: $p, expectedRevision: 0) { revision } }`,
      {
        v: venueId,
        p: {
          areas: ['Speech synthesis'],
          expertise: 'Voice conversion',
          publications: [{ title: 'Cloning voices', abstract: 'We clone voices.', year: 2024 }],
          affiliations: [{ institution: 'Uni Example', emailDomain: 'uni-example.org', startYear: 2019, endYear: null }],
          communities: ['Voice actors'],
          maxLoad: 4,
          trainingCompletedOn: null,
        },
      },
    );
    // A workshop asking to be held at the venue, for the conference chairs' decision (its own
    // chair is nobody in the matrix, so that the request waits).
    const organiser = await sign('Wendy Workshop', true);
    const workshop = await organiser.client.ok(CREATE_VENUE, {
      input: { name: 'Workshop on Audio Risks', shortName: `WAR ${unique()}`, kind: 'workshop', parentVenueId: venueId, timeZone: 'UTC', deadlines: [] },
    });
    // Co-authors: the product has no co-author invitations yet, so the fixture adds them to the
    // author list (and its index) directly, before anything is submitted.
    const db = t.app.get<Connection>(getConnectionToken());
    const addCoAuthors = async (submissionId: string) => {
      const extra = [people.coAuthor.id, people.chairAuthor.id];
      await db.collection('submissions').updateOne({ _id: new Types.ObjectId(submissionId) }, { $push: { authorIds: { $each: extra } } } as never);
      await db.collection('submission_authors').insertMany(extra.map((userId) => ({ submissionId, userId, createdAt: new Date() })));
    };
    const submissions = {} as Record<SubmissionPhase, string>;
    for (const phase of PHASES) {
      const created = await steps.create(people.author, venueId, `Matrix statement (${phase})`);
      await addCoAuthors(created.id);
      if (phase !== 'draft') {
        // Two versions, so that there is something to compare.
        await steps.saveAndSubmit(people.author, created.id, expeditedContent());
        await people.author.client.ok(START_REVISION, { id: created.id });
        const submitted = await steps.saveAndSubmit(people.author, created.id, expeditedContent(), { title: `Matrix statement (${phase}), revised` });
        await chair.client.ok(CONFIRM, { id: created.id, tier: submitted.tier, reason: '', rev: submitted.revision });
      }
      if (phase === 'revising') await people.author.client.ok(START_REVISION, { id: created.id });
      // The expert is conflicted with every submission (declared by its author).
      await people.author.client.ok(
        `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`,
        { input: { submissionId: created.id, userId: people.expert.id, type: 'personal', reason: 'Close friends' } },
      );
      submissions[phase] = created.id;
    }
    conflictedUserIds.push(people.expert.id);

    // The assigned reviewer reviews the submitted statements (a chair's pick); a first matcher run
    // keeps that and is committed; with two community reviewers asked for, a second one proposes
    // and diagnoses, and waits.
    const assignmentIds: Record<SubmissionPhase, string> = { draft: '', submitted: '', revising: '' };
    const approvalIds: Record<SubmissionPhase, string> = { draft: MISSING_ID, submitted: MISSING_ID, revising: MISSING_ID };
    const amendmentIds: Record<SubmissionPhase, string> = { draft: MISSING_ID, submitted: MISSING_ID, revising: MISSING_ID };
    for (const phase of ['submitted', 'revising'] as const) {
      const assigned = await chair.client.ok(`mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`, {
        s: submissions[phase],
        u: people.assigned.id,
      });
      assignmentIds[phase] = assigned.assignReplacement.id;
    }
    // The assigned reviewer accepts and submits a review of both (with confidential comments, so
    // that their visibility shows); the chair releases the revising one's to its authors.
    for (const phase of ['submitted', 'revising'] as const) {
      await people.assigned.client.ok(`mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true, reason: null) { id } }`, { a: assignmentIds[phase] });
      const { submission } = await people.assigned.client.ok(`query($id: ID!) { submission(id: $id) { artifacts { key } } }`, { id: submissions[phase] });
      const justified = 'The statement names the hazard and the mitigations that answer it.';
      await people.assigned.client.ok(`mutation($s: ID!, $r: ReviewInput!) { submitReview(submissionId: $s, expectedRevision: 0, review: $r) { id } }`, {
        s: submissions[phase],
        r: {
          answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({ questionId: q.id, rating: q.kind === 'rating' ? 'met' : null, text: justified })),
          recommendation: 'approved_with_conditions',
          releaseRecommendations: submission.artifacts.map((a: { key: string }) => ({ artifactKey: a.key, contentLevel: 'reduced', timing: 'staged', distribution: 'ask_for_access' })),
          requiredMitigations: 'Watermark generated audio.',
          commentsForAuthors: 'Say who may ask for the model and how you check them.',
          confidentialComments: 'The authors underrate the misuse potential.',
        },
      });
    }
    await chair.client.ok(`mutation($s: ID!) { releaseReviews(submissionId: $s, released: true) { id } }`, { s: submissions.revising });
    // A comment in each discussion; the response phase open, and the revising statement's authors respond.
    for (const phase of ['submitted', 'revising'] as const) {
      await chair.client.ok(`mutation($s: ID!, $m: [ID!]!) { postComment(submissionId: $s, body: "Do we agree on the release plan?", mentions: $m) { unread } }`, {
        s: submissions[phase],
        m: [people.assigned.id],
      });
    }
    const { venue: beforePhase } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision } }`, { id: venueId });
    await chair.client.ok(`mutation($v: ID!, $rev: Int!, $p: ResponsePhaseInput!) { updateResponsePhase(venueId: $v, expectedRevision: $rev, phase: $p, reviewsReopenedUntil: null) { id } }`, {
      v: venueId,
      rev: beforePhase.revision,
      p: { open: true, deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), wordLimit: 300 },
    });
    await people.author.client.ok(`mutation($s: ID!) { submitAuthorResponse(submissionId: $s, text: "We will withhold the model.", expectedRevision: 0) { revision } }`, { s: submissions.revising });
    // A reviewer outside the matrix's roles holds a late slot on the submitted one: the chairs' list of late reviews.
    await chair.client.ok(`mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`, { s: submissions.submitted, u: late.id });
    await db.collection('reviewer_assignments').updateOne({ submissionId: submissions.submitted, reviewerId: late.id }, { $set: { dueAt: new Date(Date.now() - 86_400_000) } });
    const runMatcher = async (): Promise<string> => {
      const { startMatchingRun } = await chair.client.ok(`mutation($v: ID!) { startMatchingRun(venueId: $v) { id } }`, { v: venueId });
      for (;;) {
        const { matchingRun } = await chair.client.ok(`query($r: ID!) { matchingRun(id: $r) { state } }`, { r: startMatchingRun.id });
        if (matchingRun.state === 'succeeded') return startMatchingRun.id as string;
        if (matchingRun.state !== 'queued' && matchingRun.state !== 'running') throw new Error(`matcher run ${matchingRun.state}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const committedRunId = await runMatcher();
    await chair.client.ok(`mutation($r: ID!) { commitMatchingRun(runId: $r) { committed } }`, { r: committedRunId });
    const { venue: beforePolicy } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision } }`, { id: venueId });
    await chair.client.ok(`mutation($v: ID!, $p: TierPolicyInput!, $rev: Int!) { updateTierPolicy(venueId: $v, policy: $p, expectedRevision: $rev) { id } }`, {
      v: venueId,
      rev: beforePolicy.revision,
      p: { ...DEFAULT_TIER_POLICY, expedited: { ...DEFAULT_TIER_POLICY.expedited, communityReviewers: 2 } },
    });
    const openRunId = await runMatcher();
    // A decision on each submitted statement (without the second community review the policy now
    // asks for: a reason is recorded); the revising one's letter is sent, which approves it.
    for (const phase of ['submitted', 'revising'] as const) {
      const { submission } = await chair.client.ok(
        `query($id: ID!) { submission(id: $id) { revision latestVersion { content { releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions } } } } }`,
        { id: submissions[phase] },
      );
      const { recordDecision } = await chair.client.ok(
        `mutation($s: ID!, $rev: Int!, $d: DecisionInput!) { recordDecision(submissionId: $s, expectedRevision: $rev, decision: $d) { submission { revision } } }`,
        {
          s: submissions[phase],
          rev: submission.revision,
          d: {
            outcome: 'approved_with_conditions',
            conditions: [{ libraryId: null, text: 'Watermark generated audio.', artifactKey: null, dueOn: null }],
            releasePlan: submission.latestVersion.content.releasePlan,
            withoutReviewsReason: 'The second community reviewer was asked for after the review.',
          },
        },
      );
      if (phase === 'revising') {
        await chair.client.ok(`mutation($s: ID!, $rev: Int!) { sendDecision(submissionId: $s, expectedRevision: $rev, letter: { subject: "Decision", body: "Approved with conditions." }) { id } }`, {
          s: submissions[phase],
          rev: recordDecision.submission.revision,
        });
        const { submission } = await chair.client.ok(`query($s: ID!) { submission(id: $s) { artifacts { key } latestVersion { content { releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions } } } approval { id revision } } }`, { s: submissions[phase] });
        approvalIds[phase] = submission.approval.id;
        // One amendment declined, and one under review with a recommendation: every amendment field has something to show.
        const plan = submission.latestVersion.content.releasePlan as { accessConditions: string }[];
        const amend = `mutation($i: AmendmentRequestInput!) { requestAmendment(input: $i) { id revision } }`;
        const widened = (text: string) => plan.map((item, i) => (i === 0 ? { ...item, accessConditions: text } : item));
        const first = await people.author.client.ok(amend, { i: { approvalId: submission.approval.id, reason: 'The access form asks for too much.', releasePlan: widened('Any researcher with an institutional address.') } });
        await chair.client.ok(`mutation($i: AmendmentDecisionInput!) { decideAmendment(input: $i) { id } }`, {
          i: { amendmentId: first.requestAmendment.id, decision: 'decline', reason: 'The committee keeps the accreditation.', expectedRevision: first.requestAmendment.revision, approvalRevision: submission.approval.revision },
        });
        const second = await people.author.client.ok(amend, { i: { approvalId: submission.approval.id, reason: 'Add a second route to access.', releasePlan: widened('Accredited researchers, or members of a listed community.') } });
        amendmentIds[phase] = second.requestAmendment.id;
        await people.assigned.client.ok(`mutation($i: AmendmentRecommendationInput!) { recommendOnAmendment(input: $i) { id } }`, {
          i: { amendmentId: second.requestAmendment.id, decision: 'approve', comment: 'Listed communities are vetted too.' },
        });
        // A re-evaluation with the authors' report and a recommendation, ended by suspending one
        // artifact's release: every field of the approval and its re-evaluation has something to show.
        const change = `mutation($i: ChangeApprovalInput!) { changeApproval(input: $i) { revision reevaluation { revision } } }`;
        const opened = await chair.client.ok(change, { i: { approvalId: submission.approval.id, action: 'open_reevaluation', reason: 'A misuse report came in.', expectedRevision: submission.approval.revision } });
        await people.author.client.ok(`mutation($i: ContinuingReviewReportInput!) { submitContinuingReviewReport(input: $i) { id } }`, {
          i: {
            approvalId: submission.approval.id,
            progress: 'The paper is out; the model is withheld.',
            incidents: 'One report of a cloned voice; we are looking into it.',
            conditions: [{ status: 'in_progress', note: 'The access form opens next month.' }],
            expectedRevision: opened.changeApproval.reevaluation.revision,
          },
        });
        await people.assigned.client.ok(`mutation($i: RecommendationInput!) { recommendOnReevaluation(input: $i) { id } }`, {
          i: { approvalId: submission.approval.id, outcome: 'suspend', comment: 'Suspend the demo until the report is checked.', answers: CONTINUING_ANSWERS },
        });
        await chair.client.ok(change, {
          i: { approvalId: submission.approval.id, action: 'suspend', reason: 'Misuse of the demo was reported.', artifactKeys: [submission.artifacts[0].key], expectedRevision: opened.changeApproval.revision },
        });
      }
    }

    // A confirmed incident report about the venue in general, answered by the chair.
    const reporterEmail = `reporter-${unique()}@example.org`;
    const reportMail = await t.mail.nextAfter(reporterEmail, () =>
      t.client().ok(`mutation($i: IncidentReportInput!) { reportIncident(input: $i) { email } }`, {
        i: { venueId, approvalId: null, whatHappened: 'Someone sells voice clones made with this venue’s demos.', evidenceLinks: [], email: reporterEmail },
      }),
    );
    await t.client().ok(`mutation($t: String!) { confirmIncidentReport(token: $t) { reference } }`, { t: /\/incidents\/confirm\/([A-Za-z0-9_-]+)/.exec(reportMail.mail.text)?.[1] ?? '' });
    const [reported] = (await chair.client.ok(`query($v: ID!) { venue(id: $v) { incidents { id revision } } }`, { v: venueId })).venue.incidents;
    const incidentId = reported.id as string;
    await chair.client.ok(`mutation($i: TriageIncidentInput!) { triageIncident(input: $i) { id } }`, {
      i: { incidentId, action: 'resolve', reason: 'Not about one approved work; forwarded to the platform.', answer: 'Thank you: we forwarded it.', expectedRevision: reported.revision },
    });

    // Tokens from real mails, for the token-only queries.
    const inviteeEmail = `invitee-${unique()}@example.org`;
    const invitationMail = await t.mail.nextAfter(inviteeEmail, () =>
      chair.client.ok(`mutation($input: InviteInput!) { inviteToVenue(input: $input) { id } }`, { input: { venueId, email: inviteeEmail, role: 'expert_reviewer' } }),
    );
    tokens.invitation = /\/invitations\/([A-Za-z0-9_-]+)/.exec(invitationMail.mail.text)?.[1] ?? '';
    const signUpEmail = `newcomer-${unique()}@example.org`;
    const signUpMail = await t.mail.nextAfter(signUpEmail, () => t.client().ok(`mutation($e: String!) { requestSignUp(email: $e) { email } }`, { e: signUpEmail }));
    tokens.signUp = /\/sign-up\/([A-Za-z0-9_-]+)/.exec(signUpMail.mail.text)?.[1] ?? '';
    const resetMail = await t.mail.nextAfter(people.unrelated.email, () =>
      t.client().ok(`mutation($e: String!) { requestPasswordReset(email: $e) { email } }`, { e: people.unrelated.email }),
    );
    tokens.passwordReset = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(resetMail.mail.text)?.[1] ?? '';
    await t.outboxSettled();
    const registered: CaughtMail | undefined = (await t.mail.messagesTo(people.author.email)).find((m) => /\/unsubscribe\//.test(m.text));
    tokens.unsubscribe = /\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(registered?.text ?? '')?.[1] ?? '';
    expect(Object.values(tokens).every((token) => token.length > 10)).toBe(true);

    const actors = { anonymous: null } as Record<Role, Actor>;
    for (const role of ROLES) {
      if (role === 'anonymous') continue;
      const me = await people[role].client.ok<{ me: { id: string; roles: { venueId: string; role: VenueRole }[] } }>(
        `query { me { id roles { venueId role } } }`,
      );
      actors[role] = { userId: me.me.id, roles: me.me.roles };
    }
    const poolImport = await chair.client.ok(`mutation($v: ID!, $c: String!) { importReviewerPool(venueId: $v, csv: $c) { id state } }`, {
      v: venueId,
      c: 'name,email,kind,areas\nX,not-an-address,expert,',
    });
    // A meeting in session with an empty agenda: the chair, the conflicted expert, the community and the assigned reviewer.
    const meetingMemberIds = [people.chair.id, people.expert.id, people.community.id, people.assigned.id];
    const { conveneMeeting } = await chair.client.ok(`mutation($v: ID!, $i: ConveneMeetingInput!) { conveneMeeting(venueId: $v, input: $i) { id } }`, {
      v: venueId,
      i: { title: 'Matrix meeting', scheduledFor: new Date().toISOString(), memberIds: meetingMemberIds, submissionIds: [] },
    });
    await chair.client.ok(`mutation($m: ID!) { startMeeting(meetingId: $m) { id } }`, { m: conveneMeeting.id });
    world = {
      meetingId: conveneMeeting.id,
      meetingMemberIds,
      poolImportId: poolImport.importReviewerPool.id,
      approvalIds,
      amendmentIds,
      incidentId,
      venueId,
      workshopId: workshop.createVenue.id,
      people,
      actors,
      submissions,
      assignmentIds,
      committedRunId,
      openRunId,
      canCreateVenues: new Set<Role>(['chair', 'chairAuthor']),
    };
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  test('every Query, Mutation and object field has an entry, and every entry a coordinate', () => {
    const coordinates = objectCoordinates(schema);
    expect(coordinates.filter((c) => !(c in MATRIX_ENTRIES))).toEqual([]);
    expect(Object.keys(MATRIX_ENTRIES).filter((c) => !coordinates.includes(c))).toEqual([]);
  });

  test('every cell answers as the access rules say', async () => {
    const coordinates = objectCoordinates(schema);
    const failures: string[] = [];
    /** cell key `coordinate|role|phase` -> what was seen there. */
    const seen = new Map<string, Occurrence[]>();
    const note = (role: Role, phase: Scenario, occurrences: Occurrence[]) => {
      for (const o of occurrences) {
        const key = `${o.coordinate}|${role}|${phase}`;
        seen.set(key, [...(seen.get(key) ?? []), o]);
      }
    };
    const query = (name: string, type: string, args: string, vars: string) =>
      `query${vars} { ${name}${args} { ${selectionOf(schema, schema.getType(type) as GraphQLObjectType)} } }`;

    for (const phase of SCENARIOS) {
      if (phase === 'bidding') {
        const { venue } = await world.people.chair.client.ok(`query($id: ID!) { venue(id: $id) { revision } }`, { id: world.venueId });
        await world.people.chair.client.ok(
          `mutation($v: ID!, $rev: Int!) { updateReviewSettings(venueId: $v, biddingOpen: true, doubleBlind: true, expectedRevision: $rev) { id } }`,
          { v: world.venueId, rev: venue.revision },
        );
      }
      const id = world.submissions[phaseOf(phase)];
      const assignmentId = world.assignmentIds[phaseOf(phase)] || MISSING_ID;
      const pendingEmail = `pending-${phase}-${unique()}@example.org`;
      const pending = await world.people.chair.client.ok(`mutation($input: InviteInput!) { inviteToVenue(input: $input) { id } }`, {
        input: { venueId: world.venueId, email: pendingEmail, role: 'community_reviewer' },
      });
      await t.outboxSettled();
      const job = await world.people.chair.client.ok(`query($v: ID!) { venueJobs(venueId: $v) { jobs { id } } }`, { v: world.venueId });
      const jobId: string = job.venueJobs.jobs[0]?.id ?? '';
      const versionSelection = selectionOf(schema, schema.getType('StatementVersion') as GraphQLObjectType);
      const comparisonSelection = selectionOf(schema, schema.getType('SectionComparison') as GraphQLObjectType);
      const policy = DEFAULT_TIER_POLICY;
      const draftInput = { ...details('Matrix statement'), content: expeditedContent() };
      const venueInput = { name: 'Synthetic Media Workshop', shortName: `SMW ${unique()}`, timeZone: 'UTC', description: '', deadlines: [] };

      const selection = (type: string, skip: readonly string[] = []) =>
        selectionOf(schema, schema.getType(type) as GraphQLObjectType, 1, new Set([type]), new Set([...ALONE, ...skip]));
      const runSelection = `${selection('MatchingRun')} uncovered { kind missing explanation submission { id } }
        proposal(limit: 5) { nextAfter statements { demand { expert community } missing { expert community } reviewers { ${selection('ProposedReviewer')} } submission { id } } }`;
      // [operation, variables, root type, venue the answer is about, what to undo after]; state-changing calls last.
      const probes: [string, Record<string, unknown>, 'Query' | 'Mutation', string, (() => Promise<void>)?][] = [
        [query('submission', 'Submission', '(id: $id)', '($id: ID!)'), { id }, 'Query', world.venueId],
        [`query($id: ID!) { submission(id: $id) { id version(number: 1) { ${versionSelection} } } }`, { id }, 'Query', world.venueId],
        [`query($id: ID!) { submission(id: $id) { id compareVersions(from: 1, to: 2) { ${comparisonSelection} } } }`, { id }, 'Query', world.venueId],
        [query('venue', 'Venue', '(id: $id)', '($id: ID!)'), { id: world.venueId }, 'Query', world.venueId],
        [query('venue', 'Venue', '(id: $id)', '($id: ID!)'), { id: world.workshopId }, 'Query', world.workshopId],
        [`query($id: ID!) { venue(id: $id) { id matchingRun { ${runSelection} } } }`, { id: world.venueId }, 'Query', world.venueId],
        [`query($r: ID!) { matchingRun(id: $r) { ${runSelection} } }`, { r: world.openRunId }, 'Query', world.venueId],
        [`query($id: ID!) { submission(id: $id) { id reviews { ${selection('Review')} } reviewTask { ${selection('ReviewTask')} } } }`, { id }, 'Query', world.venueId],
        [`query($id: ID!) { submission(id: $id) { id decision { ${selection('Decision')} } decisionHistory { ${selection('Decision')} } } }`, { id }, 'Query', world.venueId],
        [`query($id: ID!) { submission(id: $id) { id approval { ${selection('Approval')} } } }`, { id }, 'Query', world.venueId],
        [query('meeting', 'Meeting', '(id: $m)', '($m: ID!)'), { m: world.meetingId }, 'Query', world.venueId],
        [`query($id: ID!) { venue(id: $id) { id meetings { ${selection('Meeting')} } meetingCandidates { id } } }`, { id: world.venueId }, 'Query', world.venueId],
        [`mutation($v: ID!) { conveneMeeting(venueId: $v, input: { title: " ", scheduledFor: "2030-01-01T10:00:00Z", memberIds: [] }) { id } }`, { v: world.venueId }, 'Mutation', world.venueId],
        [`mutation($m: ID!) { startMeeting(meetingId: $m) { id } }`, { m: world.meetingId }, 'Mutation', world.venueId],
        [`mutation($m: ID!, $u: ID!) { setAttendance(meetingId: $m, userId: $u, present: true) { id } }`, { m: world.meetingId, u: MISSING_ID }, 'Mutation', world.venueId],
        [`mutation($m: ID!, $s: ID!) { takeAgendaItem(meetingId: $m, submissionId: $s) { id } }`, { m: world.meetingId, s: MISSING_ID }, 'Mutation', world.venueId],
        [`mutation($m: ID!, $s: ID!) { deferAgendaItem(meetingId: $m, submissionId: $s) { id } }`, { m: world.meetingId, s: MISSING_ID }, 'Mutation', world.venueId],
        [`mutation($m: ID!) { openMotion(meetingId: $m, text: "Approve", decision: { outcome: approved }) { id } }`, { m: world.meetingId }, 'Mutation', world.venueId],
        [`mutation($m: ID!, $o: ID!) { castVote(meetingId: $m, motionId: $o, choice: for) { id } }`, { m: world.meetingId, o: MISSING_ID }, 'Mutation', world.venueId],
        [`mutation($m: ID!, $o: ID!) { closeMotion(meetingId: $m, motionId: $o) { id } }`, { m: world.meetingId, o: MISSING_ID }, 'Mutation', world.venueId],
        [`query($id: ID!) { venue(id: $id) { id reviewProgress { pressing { timeliness assignment { id } submission { id } } } } }`, { id: world.venueId }, 'Query', world.venueId],
        [`query($id: ID!) { venue(id: $id) { id continuingReview { suspended { approvalId submission { id } } } } }`, { id: world.venueId }, 'Query', world.venueId],
        [query('poolImport', 'PoolImportReport', '(id: $p)', '($p: ID!)'), { p: world.poolImportId }, 'Query', world.venueId],
        [`query($v: ID!) { myAssignments(venueId: $v) { title assignment { ${selection('ReviewerAssignment')} } submission { id } } }`, { v: world.venueId }, 'Query', world.venueId],
        [`query($v: ID!) { biddingStatements(venueId: $v) { total items { affinity terms areas bid submission { id } } } }`, { v: world.venueId }, 'Query', world.venueId],
        [`query { venues { id } }`, {}, 'Query', world.venueId],
        [`query { mySubmissions { id } }`, {}, 'Query', world.venueId],
        // The page with its items' ids: Submission's fields are checked through Query.submission.
        [`query($v: ID!) { venueSubmissions(venueId: $v) { total offset limit searchCapped items { id } } }`, { v: world.venueId }, 'Query', world.venueId],
        [query('venueHistory', 'AuditEventPage', '(venueId: $v)', '($v: ID!)'), { v: world.venueId }, 'Query', world.venueId],
        [query('venueLog', 'VenueLog', '(venueId: $v)', '($v: ID!)'), { v: world.venueId }, 'Query', world.venueId],
        [`query($v: ID!) { venueLogExport(venueId: $v) }`, { v: world.venueId }, 'Query', world.venueId],
        [query('venueLogProof', 'LogProof', '(venueId: $v, index: 0, fromSize: 1)', '($v: ID!)'), { v: world.venueId }, 'Query', world.venueId],
        [query('venueJobs', 'VenueJobPage', '(venueId: $v)', '($v: ID!)'), { v: world.venueId }, 'Query', world.venueId],
        [query('me', 'Viewer', '', ''), {}, 'Query', world.venueId],
        [query('notificationSettings', 'NotificationSettings', '', ''), {}, 'Query', world.venueId],
        [`query { calendarFeeds { createdAt venue { id } } }`, {}, 'Query', world.venueId],
        [`mutation { createCalendarFeed(venueId: null) { url createdAt } }`, {}, 'Mutation', world.venueId],
        [`mutation { revokeCalendarFeed(venueId: null) }`, {}, 'Mutation', world.venueId],
        [query('searchPeople', 'SitePerson', '(text: "a")', ''), {}, 'Query', world.venueId],
        [query('siteStaff', 'SitePerson', '', ''), {}, 'Query', world.venueId],
        [query('invitation', 'InvitationPreview', '(token: $k)', '($k: String!)'), { k: tokens.invitation }, 'Query', world.venueId],
        [query('signUpLink', 'SignUpLink', '(token: $k)', '($k: String!)'), { k: tokens.signUp }, 'Query', world.venueId],
        [query('passwordResetLink', 'PasswordResetLink', '(token: $k)', '($k: String!)'), { k: tokens.passwordReset }, 'Query', world.venueId],
        [query('unsubscribeLink', 'UnsubscribeLink', '(token: $k)', '($k: String!)'), { k: tokens.unsubscribe }, 'Query', world.venueId],
        [`mutation($id: ID!, $draft: DraftInput!, $rev: Int!) { saveDraft(submissionId: $id, draft: $draft, expectedDraftRevision: $rev) { revision } }`, { id, draft: draftInput, rev: -5 }, 'Mutation', world.venueId],
        [
          // The examples are Submissions, checked through Query.submission.
          `query($v: ID!, $p: TierPolicyInput!) { tierPolicyImpact(venueId: $v, policy: $p) { tier changedFields statements examples { id } } }`,
          { v: world.venueId, p: { ...policy, expedited: { ...policy.expedited, expertReviewers: 2 } } },
          'Query',
          world.venueId,
        ],
        [query('reviewerProfile', 'ReviewerProfile', '(venueId: $v)', '($v: ID!)'), { v: world.venueId }, 'Query', world.venueId],
        [`query { parsePublications(format: bibtex, text: "@article{a, title={T}, year=2020}") { title abstract year } }`, {}, 'Query', world.venueId],
        [
          `mutation($v: ID!, $p: ReviewerProfileInput!) { updateReviewerProfile(venueId: $v, profile: $p, expectedRevision: 0) { revision } }`,
          { v: world.venueId, p: { areas: [], expertise: '', publications: [], affiliations: [], communities: [], maxLoad: -1, trainingCompletedOn: null } },
          'Mutation',
          world.venueId,
        ],
        [
          // Only lines that are refused: nothing is sent, whoever asks.
          `mutation($v: ID!, $c: String!) { importReviewerPool(venueId: $v, csv: $c) { id state total done error sent { line } skipped { line } refused { line email detail } } }`,
          { v: world.venueId, c: 'name,email,kind,areas\nX,not-an-address,expert,' },
          'Mutation',
          world.venueId,
        ],
        [`mutation($id: ID!) { submitStatement(submissionId: $id, expectedDraftRevision: -5) { id } }`, { id }, 'Mutation', world.venueId],
        [`mutation($id: ID!) { confirmTier(submissionId: $id, tier: exempt, reason: "x", expectedRevision: -1) { id } }`, { id }, 'Mutation', world.venueId],
        [
          `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`,
          { input: { submissionId: id, userId: world.people.community.id, type: 'personal', reason: '' } },
          'Mutation',
          world.venueId,
        ],
        [`mutation($id: ID!, $u: ID!) { withdrawConflict(submissionId: $id, userId: $u, expectedRevision: -1) { id } }`, { id, u: world.people.expert.id }, 'Mutation', world.venueId],
        [`mutation($id: ID!, $input: UpdateVenueInput!) { updateVenue(id: $id, expectedRevision: -1, input: $input) { id } }`, { id: world.venueId, input: venueInput }, 'Mutation', world.venueId],
        [`mutation($v: ID!, $p: TierPolicyInput!) { updateTierPolicy(venueId: $v, policy: $p, expectedRevision: -1) { id } }`, { v: world.venueId, p: policy }, 'Mutation', world.venueId],
        [
          `mutation($v: ID!, $x: VenueTaxonomyInput!) { updateVenueTaxonomy(venueId: $v, taxonomy: $x, expectedRevision: -1) { id } }`,
          { v: world.venueId, x: { areas: [{ label: 'Speech', subAreas: [] }], communities: [] } },
          'Mutation',
          world.venueId,
        ],
        [`mutation($w: ID!) { decideWorkshopRequest(workshopId: $w, decision: approve, note: "${'x'.repeat(1001)}") { id } }`, { w: world.workshopId }, 'Mutation', world.venueId],
        [`mutation($input: InviteInput!) { inviteToVenue(input: $input) { id } }`, { input: { venueId: world.venueId, email: 'not an address', role: 'expert_reviewer' } }, 'Mutation', world.venueId],
        [`mutation($id: ID!) { retryJob(id: $id) { id } }`, { id: jobId }, 'Mutation', world.venueId],
        [`mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`, { input: { ...venueInput, name: '', kind: 'conference' } }, 'Mutation', world.venueId],
        [`mutation($input: SubmissionInput!) { createSubmission(input: $input) { id } }`, { input: { ...details(''), venueId: world.venueId } }, 'Mutation', world.venueId],
        [`mutation { setNotificationDelivery(input: { kind: submission_registered, delivery: immediately }) { timeZone } }`, {}, 'Mutation', world.venueId],
        [`mutation { setDigestSchedule(input: { timeZone: "Nowhere/Nope", digestHour: 99 }) { timeZone } }`, {}, 'Mutation', world.venueId],
        [`mutation($u: ID!) { setSitePermission(input: { userId: $u, permission: create_venues, granted: true }) { id } }`, { u: world.people.unrelated.id }, 'Mutation', world.venueId],
        [`mutation { login(input: { email: "nobody@example.org", password: "wrong password" }) { id } }`, {}, 'Mutation', world.venueId],
        [`mutation($e: String!) { requestSignUp(email: $e) { email message } }`, { e: `someone-${unique()}@example.org` }, 'Mutation', world.venueId],
        [`mutation { requestPasswordReset(email: "nobody@example.org") { email message } }`, {}, 'Mutation', world.venueId],
        [`mutation { completeSignUp(input: { token: "bogus-token-000000", name: "X", password: "long enough password" }) { id } }`, {}, 'Mutation', world.venueId],
        [`mutation { resetPassword(input: { token: "bogus-token-000000", password: "long enough password" }) { id } }`, {}, 'Mutation', world.venueId],
        [`mutation { acceptInvitation(input: { token: "bogus-token-000000" }) { id } }`, {}, 'Mutation', world.venueId],
        [`mutation { declineInvitation(token: "bogus-token-000000") }`, {}, 'Mutation', world.venueId],
        [`mutation { unsubscribe(token: "bogus-token-000000") { kind } }`, {}, 'Mutation', world.venueId],
        [`mutation { confirmIncidentReport(token: "bogus-token-000000000") { reference about } }`, {}, 'Mutation', world.venueId],
        // An empty report: refused after the access check, the same for everyone.
        [`mutation($v: ID!) { reportIncident(input: { venueId: $v, whatHappened: "", email: "" }) { email message } }`, { v: world.venueId }, 'Mutation', world.venueId],
        [`query($a: ID!) { publicApproval(id: $a) { ${selection('PublicApproval')} } }`, { a: world.approvalIds[phaseOf(phase)] }, 'Query', world.venueId],
        [`query($v: ID!) { publicApprovals(venueId: $v) { id title } }`, { v: world.venueId }, 'Query', world.venueId],
        [`query($v: ID!) { venue(id: $v) { id incidents { ${selection('Incident')} submission { id } } } }`, { v: world.venueId }, 'Query', world.venueId],
        [`query($v: ID!) { venue(id: $v) { id eventedApprovals { approvalId } } }`, { v: world.venueId }, 'Query', world.venueId],
        // No description: refused after the access check.
        [`mutation($v: ID!) { recordExternalEvent(venueId: $v, description: " ", approvalIds: []) { opened } }`, { v: world.venueId }, 'Mutation', world.venueId],
        // An answered report takes no further step: refused after the access check.
        [`mutation($i: ID!) { triageIncident(input: { incidentId: $i, action: dismiss, expectedRevision: -1 }) { id } }`, { i: world.incidentId }, 'Mutation', world.venueId],
        [`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: pending.inviteToVenue.id }, 'Mutation', world.venueId],
        [`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: pending.inviteToVenue.id }, 'Mutation', world.venueId],
        [`mutation($v: ID!) { updateReviewSettings(venueId: $v, biddingOpen: false, doubleBlind: true, expectedRevision: -1) { id } }`, { v: world.venueId }, 'Mutation', world.venueId],
        [`mutation($r: ID!) { cancelMatchingRun(runId: $r) { id } }`, { r: world.committedRunId }, 'Mutation', world.venueId],
        [`mutation($r: ID!) { commitMatchingRun(runId: $r) { committed skipped run { id } } }`, { r: world.committedRunId }, 'Mutation', world.venueId],
        // A conflicted pair (refused after the access check) and a reviewer who is not proposed.
        [`mutation($r: ID!, $s: ID!, $u: ID!) { addProposedReviewer(runId: $r, submissionId: $s, reviewerId: $u) { warnings } }`, { r: world.openRunId, s: id, u: world.people.expert.id }, 'Mutation', world.venueId],
        [`mutation($r: ID!, $s: ID!, $u: ID!) { removeProposedReviewer(runId: $r, submissionId: $s, reviewerId: $u) { warnings } }`, { r: world.openRunId, s: id, u: world.people.unrelated.id }, 'Mutation', world.venueId],
        [`mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`, { s: id, u: world.people.expert.id }, 'Mutation', world.venueId],
        // A decline without a reason: refused after the access check.
        [`mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: false, reason: "") { id } }`, { a: assignmentId }, 'Mutation', world.venueId],
        [`mutation($input: DeclareOwnConflictInput!) { declareOwnConflict(input: $input) { id } }`, { input: { submissionId: id, type: 'personal', reason: '' } }, 'Mutation', world.venueId],
        // A bid is placed where bidding is open: harmless to the other cells.
        [`mutation($s: ID!) { placeBid(submissionId: $s, level: neutral) { ${selection('Bid')} } }`, { s: id }, 'Mutation', world.venueId],
        // A stale revision: refused after the access check.
        [`mutation($s: ID!) { saveReviewDraft(submissionId: $s, expectedRevision: -5, review: { answers: [] }) { id } }`, { s: id }, 'Mutation', world.venueId],
        [`mutation($s: ID!) { submitReview(submissionId: $s, expectedRevision: -5, review: { answers: [] }) { id } }`, { s: id }, 'Mutation', world.venueId],
        // Releasing to the state it is in changes nothing.
        [`mutation($s: ID!, $r: Boolean!) { releaseReviews(submissionId: $s, released: $r) { id } }`, { s: id, r: phaseOf(phase) === 'revising' }, 'Mutation', world.venueId],
        [`mutation($v: ID!) { updateReviewForm(venueId: $v, kind: expert, questions: [], expectedRevision: -1) { revision } }`, { v: world.venueId }, 'Mutation', world.venueId],
        // Stale revisions and settings: refused after the access check.
        [`mutation($s: ID!) { recordDecision(submissionId: $s, expectedRevision: -1, decision: { outcome: approved }) { referredToFull } }`, { s: id }, 'Mutation', world.venueId],
        [`mutation($s: ID!) { sendDecision(submissionId: $s, expectedRevision: -1, letter: { subject: "x", body: "y" }) { id } }`, { s: id }, 'Mutation', world.venueId],
        // A stale revision: refused after the access check (for the authors and the chairs).
        [
          `mutation($a: ID!) { changeApproval(input: { approvalId: $a, action: close, expectedRevision: -1 }) { id } }`,
          { a: world.approvalIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        [
          `mutation($a: ID!) { submitContinuingReviewReport(input: { approvalId: $a, progress: "x", incidents: "x", conditions: [], expectedRevision: -1 }) { id } }`,
          { a: world.approvalIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        [
          `mutation($a: ID!) { recommendOnReevaluation(input: { approvalId: $a, outcome: continue, comment: " " }) { id } }`,
          { a: world.approvalIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        [
          `mutation($a: ID!) { decideReevaluation(input: { approvalId: $a, outcome: continue, expectedRevision: -1 }) { id } }`,
          { a: world.approvalIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        // No amendment change passes here: the approval is suspended (CONFLICT), the revisions are stale, the comment empty.
        [
          `mutation($a: ID!) { requestAmendment(input: { approvalId: $a, reason: " ", releasePlan: [] }) { id } }`,
          { a: world.approvalIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        [`mutation($m: ID!) { withdrawAmendment(amendmentId: $m, expectedRevision: -1) { id } }`, { m: world.amendmentIds[phaseOf(phase)] }, 'Mutation', world.venueId],
        [
          `mutation($m: ID!) { recommendOnAmendment(input: { amendmentId: $m, decision: approve, comment: " " }) { id } }`,
          { m: world.amendmentIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        [
          `mutation($m: ID!) { decideAmendment(input: { amendmentId: $m, decision: approve, expectedRevision: -1, approvalRevision: -1 }) { id } }`,
          { m: world.amendmentIds[phaseOf(phase)] },
          'Mutation',
          world.venueId,
        ],
        [
          `mutation($v: ID!) { updateContinuingReviewPolicy(venueId: $v, policy: { periodMonths: { exempt: null, expedited: 0, full: 12 }, reminderDays: [] }, expectedRevision: -1) { id } }`,
          { v: world.venueId },
          'Mutation',
          world.venueId,
        ],
        [`mutation($v: ID!) { updateConditionLibrary(venueId: $v, entries: [], expectedRevision: -1) { revision } }`, { v: world.venueId }, 'Mutation', world.venueId],
        [`mutation($v: ID!) { updateLetterTemplate(venueId: $v, outcome: approved, template: null, expectedRevision: -1) { revision } }`, { v: world.venueId }, 'Mutation', world.venueId],
        // A word limit out of range; an empty comment; an empty response: refused after the access check.
        [`mutation($v: ID!) { updateResponsePhase(venueId: $v, expectedRevision: -1, phase: { open: false, deadline: null, wordLimit: 1 }, reviewsReopenedUntil: null) { id } }`, { v: world.venueId }, 'Mutation', world.venueId],
        [`mutation($s: ID!) { postComment(submissionId: $s, body: " ") { unread } }`, { s: id }, 'Mutation', world.venueId],
        [`mutation($s: ID!) { submitAuthorResponse(submissionId: $s, text: " ", expectedRevision: -5) { revision } }`, { s: id }, 'Mutation', world.venueId],
        [`mutation($s: ID!) { markDiscussionRead(submissionId: $s) }`, { s: id }, 'Mutation', world.venueId],
        [`mutation($id: ID!) { startRevision(submissionId: $id) { id } }`, { id }, 'Mutation', world.venueId],
        [
          `mutation($v: ID!) { startMatchingRun(venueId: $v) { id } }`,
          { v: world.venueId },
          'Mutation',
          world.venueId,
          // A chair's call starts a run: stop it again, so that the next scenario finds none going.
          async () => {
            const { venue } = await world.people.chair.client.ok(`query($id: ID!) { venue(id: $id) { matchingRun { id state } } }`, { id: world.venueId });
            const run = venue.matchingRun;
            if (run && (run.state === 'queued' || run.state === 'running')) {
              await world.people.chair.client.ok(`mutation($r: ID!) { cancelMatchingRun(runId: $r) { id } }`, { r: run.id });
              for (;;) {
                const { matchingRun } = await world.people.chair.client.ok(`query($r: ID!) { matchingRun(id: $r) { state } }`, { r: run.id });
                if (matchingRun.state !== 'queued' && matchingRun.state !== 'running') break;
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
            }
          },
        ],
        // Ends the world's meeting at the first chair's call; later calls are refused as not in session.
        [`mutation($m: ID!) { endMeeting(meetingId: $m) { id } }`, { m: world.meetingId }, 'Mutation', world.venueId],
        [`mutation { logout }`, {}, 'Mutation', world.venueId],
      ];
      for (const [operation, variables, rootType, venueId, undo] of probes) {
        for (const role of ROLES) {
          const result = await client(role).request(operation, variables);
          const unplaced = (result.errors ?? []).filter((e) => !e.path?.length);
          // An error with no path is a request the schema or the limits refused: a broken probe.
          if (unplaced.length > 0) failures.push(`probe ${operation.slice(0, 60)}… as ${role}: ${unplaced.map((e) => e.message).join('; ')}`);
          note(role, phase, occurrencesIn(schema, result, rootType, venueId));
          if (operation.includes('logout') && role !== 'anonymous') {
            await client(role).ok(`mutation($input: LoginInput!) { login(input: $input) { id } }`, {
              input: { email: world.people[role].email, password: TEST_PASSWORD },
            });
          }
        }
        await undo?.();
      }
    }

    let checked = 0;
    let unreached = 0;
    for (const coordinate of coordinates) {
      const rule = MATRIX_ENTRIES[coordinate] as Rule;
      for (const phase of SCENARIOS) {
        const answers = new Map<Role, string>();
        for (const role of ROLES) {
          const occurrences = seen.get(`${coordinate}|${role}|${phase}`) ?? [];
          if (occurrences.length === 0) {
            unreached += 1;
            continue;
          }
          checked += 1;
          for (const o of occurrences) {
            const problem = judge(rule, o, role, phase);
            if (problem) failures.push(`${coordinate} as ${role} (${phase}): ${problem}`);
            // Rate limits count per network (every client here is 127.0.0.1), not per person.
            if (o.code !== 'TOO_MANY_REQUESTS') answers.set(role, o.code ?? 'answer');
          }
        }
        if ((rule.kind === 'public' || rule.kind === 'token') && new Set(answers.values()).size > 1) {
          failures.push(`${coordinate} (${phase}) answers differently by role: ${JSON.stringify(Object.fromEntries(answers))}`);
        }
      }
    }
    // Reached by nobody in any cell: a coordinate the matrix would never check.
    const neverReached = coordinates.filter(
      (c) => !REACHED_ONLY_BY_SITE_ADMINS.includes(c) && !REACHED_ONLY_BY_CHANGES.includes(c) && !ROLES.some((role) => SCENARIOS.some((phase) => seen.has(`${c}|${role}|${phase}`))),
    );
    const total = coordinates.length * ROLES.length * SCENARIOS.length;
    console.log(
      `permission matrix: ${coordinates.length} coordinates x ${ROLES.length} roles x ${SCENARIOS.length} scenarios = ${total} cells; ${checked} checked against the rules, ${unreached} not reached (their parent was refused or absent), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(neverReached).toEqual([]);

    function judge(rule: Rule, o: Occurrence, role: Role, phase: Scenario): string | null {
      const refusedWith = o.code !== null && ACCESS_CODES.has(o.code) ? o.code : null;
      const empty = o.value === null || (Array.isArray(o.value) && o.value.length === 0);
      switch (rule.kind) {
        case 'parent':
          return o.code ? `failed with ${o.code}` : null;
        case 'public':
        case 'token':
          return o.code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : null;
        case 'signedIn':
          if (role === 'anonymous') {
            if (rule.anonymous === 'null' && o.value === null && !o.code) return null;
            if (rule.anonymous === 'empty' && Array.isArray(o.value) && o.value.length === 0) return null;
            return refusedWith === 'UNAUTHENTICATED' ? null : `anonymous got ${o.code ?? JSON.stringify(o.value)}`;
          }
          return refusedWith ? `refused with ${refusedWith}` : null;
        case 'siteAdmin':
          return refusedWith === 'FORBIDDEN' || (role === 'anonymous' && refusedWith === 'UNAUTHENTICATED') ? null : `not refused (${o.code ?? 'answer'})`;
        case 'canCreateVenues':
          if (world.canCreateVenues.has(role)) return refusedWith ? `refused with ${refusedWith}` : null;
          return refusedWith === 'FORBIDDEN' || (role === 'anonymous' && refusedWith === 'UNAUTHENTICATED') ? null : `not refused (${o.code ?? 'answer'})`;
        case 'personEmail': {
          const personId = String(o.parent?.['id'] ?? '');
          const may = isPermitted(world.actors[role], 'person.viewEmail', { kind: 'person', venueId: o.venueId, personId });
          if (o.code) return `failed with ${o.code}`;
          return may === (o.value !== null) ? null : `email ${o.value === null ? 'hidden from' : 'shown to'} ${role} for ${personId}`;
        }
        case 'reviewerWhileBidding': {
          const actor = world.actors[role];
          const may = phase === 'bidding' && actor !== null && isReviewerAt(actor, world.venueId);
          if (may) return refusedWith ? `refused with ${refusedWith}` : o.code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : null;
          if (role === 'anonymous' && refusedWith === 'UNAUTHENTICATED') return null;
          return refusedWith === 'FORBIDDEN' ? null : `expected FORBIDDEN, got ${o.code ?? 'an answer'}`;
        }
        case 'review': {
          if (o.code) return `failed with ${o.code}`;
          const answered = !empty && o.value !== '';
          const may = holds(role, rule.permission, phase);
          return may === answered ? null : `${answered ? 'shown to' : 'hidden from'} ${role}, the rules say ${may ? 'show' : 'hide'}`;
        }
        case 'permissionValue': {
          const expected = holds(role, rule.permission, phase);
          return o.value === expected ? null : `says ${String(o.value)}, the rules say ${expected}`;
        }
        case 'permission': {
          // A venue's fields are about that venue (the workshop's are the workshop's).
          const venue = o.coordinate.startsWith('Venue.') ? (o.parent as Record<string, any>) : null;
          const venueId = venue ? String(venue['id']) : o.venueId;
          let permitted = holds(role, rule.permission, phase, venueId);
          // A workshop's request shows to its own chairs and to the conference's.
          const conference = venue?.['awaitingApprovalBy']?.id ?? venue?.['parentVenue']?.id;
          if (o.coordinate === 'Venue.conferenceRequest' && conference) permitted ||= holds(role, rule.permission, phase, conference);
          // Data the world holds only at the main venue: conferences have no request, workshops no requests or invitations.
          const absent =
            (rule.absentIn?.includes(phaseOf(phase)) ?? false) ||
            (venue !== null && venueId !== world.venueId) ||
            (o.coordinate === 'Venue.conferenceRequest' && venue?.['kind'] === 'conference');
          if (permitted) {
            // Where the data does not exist, the rule's refusal or NOT_FOUND (an approval that is not there) is the truth.
            if (refusedWith && !(absent && (refusedWith === rule.refusal || refusedWith === 'NOT_FOUND'))) return `refused with ${refusedWith}`;
            if (!absent && (rule.refusal === 'null' || rule.refusal === 'empty') && empty) return 'permitted but answered nothing';
            return o.code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : null;
          }
          if (rule.refusal === 'null' || rule.refusal === 'empty') return empty && !o.code ? null : `shown (${o.code ?? 'a value'})`;
          // Someone who may not even see the object is told it does not exist.
          const about = PERMISSIONS[rule.permission].target;
          const sees =
            (rule.hiddenWithout ? holds(role, rule.hiddenWithout, phase) : true) &&
            (about === 'submission' || about === 'statementVersion' ? holds(role, 'submission.view', phase) : true) &&
            (about === 'meeting' ? holds(role, 'meeting.view', phase) : true);
          const expected = sees ? rule.refusal : 'NOT_FOUND';
          if (refusedWith === expected) return null;
          // An object that does not exist in this scenario (an approval before any decision) is not found by anyone.
          if (absent && refusedWith === 'NOT_FOUND') return null;
          if (role === 'anonymous' && refusedWith === 'UNAUTHENTICATED') return null;
          return `expected ${expected}, got ${o.code ?? 'an answer'}`;
        }
      }
    }
  }, 600_000);
});
