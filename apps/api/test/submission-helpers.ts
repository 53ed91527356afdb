// What the submission specs share: the GraphQL documents a client sends, and the steps people take
// (create a venue, register work, autosave, submit, revise), each through the API.
import { randomBytes } from 'node:crypto';
import { DEFAULT_EXPERT_FORM, type ImpactStatementContent } from '@impact-review/domain';
// The domain's test fixture is deliberately not part of its public index; tests share it by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  changed,
  completeContent,
  fixtureArtifacts,
} from '../../../libs/domain/src/statement/statement-content.fixture';
import type { GraphqlClient, GraphqlResult, TestApp } from './test-app';

export const ME = `query { me { id roles { venueId role } } }`;
export const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`;

export const CONTENT = `summary hazards { kind description severity } pathToHarm { factor rating justification }
  accessRatchetStage accessRatchetJustification indirectHarms { kind applies description }
  mitigationChallenges { kind applies description } benefits affectedGroups mitigations { kind description }
  releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent
    stages { description opensOn trigger } accessConditions }`;
const SUGGESTION = `tier score drivers { path section answer points floor reason }`;
const LINKS_FIELDS = `links { paperUrl openReviewUrl doi repositoryUrl }`;
const ARTIFACTS = `artifacts { key kind name description powerLevel }`;
const DECISION = `tier suggestedTier reason decidedAt forVersion decidedBy { id name }`;
export const DRAFT = `title abstract ${LINKS_FIELDS} ${ARTIFACTS} content { ${CONTENT} } revision updatedAt basedOnVersion
  sectionStatus { section complete errors { path message } } suggestedTier { ${SUGGESTION} }`;
export const SUBMISSION = `id title abstract phase revision createdAt updatedAt submittedAt tierStatus tier
  venue { id } authors { id name email } ${LINKS_FIELDS} ${ARTIFACTS}
  draft { ${DRAFT} }
  latestVersion { number title abstract ${LINKS_FIELDS} submittedAt submittedBy { id } authors { id name }
    ${ARTIFACTS} tierSuggestion { tier } content { ${CONTENT} } }
  versions { number submittedAt }
  tierSuggestion { ${SUGGESTION} }
  tierDecision { ${DECISION} }
  tierHistory { ${DECISION} }`;

export const CREATE = `mutation($input: SubmissionInput!) { createSubmission(input: $input) { ${SUBMISSION} } }`;
export const GET = `query($id: ID!) { submission(id: $id) { ${SUBMISSION} } }`;
export const MINE = `query { mySubmissions { id title phase } }`;
export const SAVE = `mutation($id: ID!, $draft: DraftInput!, $rev: Int!) {
  saveDraft(submissionId: $id, draft: $draft, expectedDraftRevision: $rev) { ${DRAFT} } }`;
/** The autosave as the editor sends it: only what it needs back. */
export const SAVE_LEAN = `mutation($id: ID!, $draft: DraftInput!, $rev: Int!) {
  saveDraft(submissionId: $id, draft: $draft, expectedDraftRevision: $rev) { revision updatedAt } }`;
export const SUBMIT = `mutation($id: ID!, $rev: Int!) { submitStatement(submissionId: $id, expectedDraftRevision: $rev) { ${SUBMISSION} } }`;
export const START_REVISION = `mutation($id: ID!) { startRevision(submissionId: $id) { ${SUBMISSION} } }`;
export const CONFIRM = `mutation($id: ID!, $tier: Tier!, $reason: String!, $rev: Int!) {
  confirmTier(submissionId: $id, tier: $tier, reason: $reason, expectedRevision: $rev) { ${SUBMISSION} } }`;
export const VERSION = `query($id: ID!, $n: Int!) { submission(id: $id) { version(number: $n) {
  number title abstract ${LINKS_FIELDS} ${ARTIFACTS} authors { id name } submittedBy { id } content { ${CONTENT} } } } }`;
export const COMPARE = `query($id: ID!, $from: Int!, $to: Int!) { submission(id: $id) {
  compareVersions(from: $from, to: $to) { section title changed changes { path label before after } } } }`;
export const LIST = `query($venueId: ID!, $filter: VenueSubmissionsFilter, $sort: SubmissionSort, $offset: Int, $limit: Int) {
  venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    total offset limit searchCapped items { id title abstract phase tierStatus tier updatedAt tierSuggestion { tier }
      tierDecision { tier forVersion } draft { revision } authors { name } ${ARTIFACTS} } } }`;
export const MEMBERS = `query($id: ID!) { venue(id: $id) { members { user { id name email } roles } } }`;
export const INVITE = `mutation($input: InviteInput!) { inviteToVenue(input: $input) { id email role state } }`;

export const MISSING_ID = '0123456789abcdef01234567';
export const unique = (): string => randomBytes(3).toString('hex');

export const LINKS = {
  paperUrl: 'https://example.org/paper.pdf',
  openReviewUrl: '',
  doi: '10.1145/3375627.3375815',
  repositoryUrl: '',
};

export interface Details {
  title: string;
  abstract: string;
  links: typeof LINKS;
  artifacts: ReturnType<typeof fixtureArtifacts>;
}

export const details = (title = 'Few-shot voice cloning'): Details => ({
  title,
  abstract: 'We clone voices from five seconds of audio.',
  links: LINKS,
  artifacts: fixtureArtifacts(),
});

/** The fixture content with every section complete; its tier is expedited (score 7, no floor). */
export const expeditedContent = (): ImpactStatementContent => completeContent();
/** Low risk everywhere: one low hazard, nothing raised on the path to harm, nothing applying. */
export const exemptContent = (): ImpactStatementContent =>
  changed((c) => {
    c.hazards = [
      { kind: 'attention_hazard', severity: 'low', description: 'Shows that few-shot cloning is feasible.' },
    ];
    c.pathToHarm = c.pathToHarm.map((row) => ({ ...row, rating: 'low' }));
    c.indirectHarms = c.indirectHarms.map((row) => ({ ...row, applies: false, description: '' }));
  });
/** A severe hazard always needs full review. */
export const fullContent = (): ImpactStatementContent =>
  changed((c) => {
    c.hazards[0] = { ...c.hazards[0], severity: 'severe' };
  });

export function errorOf(result: GraphqlResult): {
  code?: string;
  reason?: string;
  message: string;
  paths: string[];
} {
  const error = result.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return {
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    message: error.message,
    paths: (error.extensions?.fieldErrors ?? []).map((e) => e.path),
  };
}

export interface Person {
  client: GraphqlClient;
  id: string;
  name: string;
  email: string;
}

/** The steps of the submission journey, each as a client sends it. */
export class SubmissionSteps {
  constructor(private readonly t: TestApp) {}

  signUp(name: string): Promise<Person> {
    return this.t.signUp(name, { canCreateVenues: true });
  }

  async createVenue(chair: Person): Promise<string> {
    const data = await chair.client.ok(CREATE_VENUE, {
      input: {
        name: 'Synthetic Media Workshop',
        shortName: `SMW ${unique()}`,
        kind: 'conference',
        timeZone: 'UTC',
        description: '',
        deadlines: [],
      },
    });
    return data.createVenue.id;
  }

  async create(
    author: Person,
    venueId: string,
    title = 'Few-shot voice cloning',
  ): Promise<Record<string, any>> {
    const data = await author.client.ok(CREATE, { input: { venueId, ...details(title) } });
    return data.createSubmission;
  }

  async get(person: Person, id: string): Promise<Record<string, any>> {
    return (await person.client.ok(GET, { id })).submission;
  }

  /** Saves `content` (and the draft's own details, or `newDetails`) onto the current draft. */
  async save(
    author: Person,
    id: string,
    content: ImpactStatementContent,
    newDetails?: Partial<Details>,
  ): Promise<Record<string, any>> {
    const draft = (await this.get(author, id)).draft;
    const { title, abstract, links, artifacts } = draft;
    const input = { title, abstract, links, artifacts, ...newDetails, content };
    return (await author.client.ok(SAVE, { id, draft: input, rev: draft.revision })).saveDraft;
  }

  /** `person` joins the venue in `role` the way people do: the chair invites, they accept the mail's link. */
  async join(chair: Person, person: Person, venueId: string, role: string): Promise<void> {
    const { mail } = await this.t.mail.nextAfter(person.email, () =>
      chair.client.ok(INVITE, { input: { venueId, email: person.email, role } }),
    );
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
    await person.client.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, { input: { token } });
  }

  /** Saves `content` onto the current draft and submits it; returns the submission after submitting. */
  async saveAndSubmit(
    author: Person,
    id: string,
    content: ImpactStatementContent,
    newDetails?: Partial<Details>,
  ): Promise<Record<string, any>> {
    const saved = await this.save(author, id, content, newDetails);
    return (await author.client.ok(SUBMIT, { id, rev: saved.revision })).submitStatement;
  }

  /** The chair assigns `expert`, who accepts and submits a review recommending approval with conditions. */
  async assignAndReview(chair: Person, expert: Person, id: string): Promise<void> {
    const { assignReplacement } = await chair.client.ok(`mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`, { s: id, u: expert.id });
    await expert.client.ok(`mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true, reason: null) { id } }`, { a: assignReplacement.id });
    const { submission } = await expert.client.ok(`query($id: ID!) { submission(id: $id) { artifacts { key } } }`, { id });
    await expert.client.ok(`mutation($s: ID!, $r: ReviewInput!) { submitReview(submissionId: $s, expectedRevision: 0, review: $r) { id } }`, {
      s: id,
      r: {
        answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({
          questionId: q.id,
          rating: q.kind === 'rating' ? 'met' : null,
          text: 'The statement names the hazard and the mitigations that answer it.',
        })),
        recommendation: 'approved_with_conditions',
        releaseRecommendations: submission.artifacts.map((a: { key: string }) => ({ artifactKey: a.key, contentLevel: 'withheld', timing: 'staged', distribution: 'ask_for_access' })),
        commentsForAuthors: 'Say who may ask for the model and how you check them.',
      },
    });
  }

  /**
   * A statement of `author` confirmed expedited, reviewed by `expert`, approved by `chair` with the
   * authors' own plan (and `conditions`) and sent: returns its id and its approval's id.
   */
  async approvedStatement(
    chair: Person,
    author: Person,
    expert: Person,
    venueId: string,
    title: string,
    conditions: { libraryId: null; text: string; artifactKey: string | null; dueOn: string | null }[] = [],
    /** Changes the committee makes to the authors' plan (default: none). */
    decidePlan: (plan: Record<string, unknown>[]) => Record<string, unknown>[] = (plan) => plan,
  ): Promise<{ id: string; approvalId: string }> {
    const created = await this.create(author, venueId, title);
    const submitted = await this.saveAndSubmit(author, created.id, expeditedContent());
    await chair.client.ok(CONFIRM, { id: created.id, tier: 'expedited', reason: submitted.tier === 'expedited' ? '' : 'Expedited review suffices.', rev: submitted.revision });
    await this.assignAndReview(chair, expert, created.id);
    const draft = (
      await chair.client.ok(
        `query($id: ID!) { submission(id: $id) { revision latestVersion { content { releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions } } } } }`,
        { id: created.id },
      )
    ).submission;
    const recorded = await chair.client.ok(`mutation($s: ID!, $rev: Int!, $d: DecisionInput!) { recordDecision(submissionId: $s, expectedRevision: $rev, decision: $d) { submission { revision } } }`, {
      s: created.id,
      rev: draft.revision,
      d: { outcome: conditions.length > 0 ? 'approved_with_conditions' : 'approved', conditions, releasePlan: decidePlan(draft.latestVersion.content.releasePlan) },
    });
    await chair.client.ok(`mutation($s: ID!, $rev: Int!) { sendDecision(submissionId: $s, expectedRevision: $rev, letter: { subject: "Decision", body: "The committee decided." }) { id } }`, {
      s: created.id,
      rev: recorded.recordDecision.submission.revision,
    });
    const approval = (await author.client.ok(`query($id: ID!) { submission(id: $id) { approval { id } } }`, { id: created.id })).submission.approval;
    return { id: created.id, approvalId: approval.id };
  }
}

/** Answers to the default continuing-review rubric (what a reviewer of record fills in to recommend). */
export const CONTINUING_ANSWERS = [
  { questionId: 'conditions_kept', rating: 'met', text: 'The access form is live and every request is logged.' },
  { questionId: 'risks_unchanged', rating: 'met', text: 'Nothing new came up since the approval was granted.' },
];
