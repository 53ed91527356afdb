// The first steps most specs share, for specs whose pages under test come later: a chair who may
// open venues opens a conference (through the pages), people join it from their invitation mails,
// an author submits the domain's fixture statement, reviewers are assigned and review, and a chair
// sends a decision (through the GraphQL API, each as that person).
import { DEFAULT_EXPERT_FORM } from '@impact-review/domain';
// The domain's statement fixture is deliberately not part of its public index; tests share it by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  completeContent,
  fixtureArtifacts,
} from '../../../../libs/domain/src/statement/statement-content.fixture';
import type { Page } from 'playwright-core';
import { AdminPage, signInAsSiteAdmin } from '../pages/admin.page';
import { AppHeader, RegisterPage, type Account } from '../pages/auth.page';
import { NewVenuePage, type VenueDetails } from '../pages/venue.page';
import { linkIn, mailIds, PersonBrowser, waitForMail } from './browser';
import { expectVisible } from './expect';
import { graphql } from './graphql-api';

/** A person and the venue role they are invited in (the API's enum: author, expert_reviewer, …). */
export type Invitee = Account & { role: string };

/** Someone to invite, with an address unique to the test run (first name, lower case). */
export function invitee(name: string, role: string, run: string): Invitee {
  return {
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}.${run}@example.org`,
    password: 'correct horse battery staple',
    role,
  };
}

/** `chair` registers on `page`, a site administrator lets them open venues, and they open a conference. */
export async function openConferenceAsNewChair(
  page: Page,
  chair: Account,
  venue: VenueDetails,
): Promise<string> {
  await new RegisterPage(page).goto();
  await new RegisterPage(page).register(chair);
  const adminBrowser = await PersonBrowser.open();
  try {
    await signInAsSiteAdmin(adminBrowser.page);
    const admin = new AdminPage(adminBrowser.page);
    await admin.open();
    await admin.allowCreatingVenues(chair);
  } finally {
    await adminBrowser.close();
  }
  await page.reload();
  await new AppHeader(page).openNewVenue();
  await expectVisible(page.getByRole('heading', { name: 'New venue', level: 1 }));
  return new NewVenuePage(page).createConference(venue);
}

/** The chair invites `who`; they accept from the mail's link in their own browser, creating the account. Returns their id. */
export async function joinByInvitation(
  chairPage: Page,
  venueId: string,
  who: Invitee,
  theirPage: Page,
): Promise<string> {
  const seen = await mailIds(who.email);
  await graphql(
    chairPage,
    `
      mutation ($input: InviteInput!) {
        inviteToVenue(input: $input) {
          id
        }
      }
    `,
    { input: { venueId, email: who.email, role: who.role } },
  );
  const token =
    linkIn(await waitForMail(who.email, 10000, seen), '/invitations/').split('/invitations/')[1] ?? '';
  const { acceptInvitation } = await graphql(
    theirPage,
    `
      mutation ($input: AcceptInvitationInput!) {
        acceptInvitation(input: $input) {
          id
        }
      }
    `,
    { input: { token, name: who.name, password: who.password } },
  );
  return acceptInvitation.id as string;
}

/**
 * The author signed in on `authorPage` registers the work and submits the fixture statement (three
 * artifacts; the rubric suggests expedited). Returns its id, revision and suggested tier.
 */
export async function submitFixtureStatement(
  authorPage: Page,
  venueId: string,
  title: string,
): Promise<{ id: string; revision: number; suggestedTier: string }> {
  const { createSubmission } = await graphql(
    authorPage,
    `
      mutation ($input: SubmissionInput!) {
        createSubmission(input: $input) {
          id
          draft {
            revision
            title
            abstract
            links {
              paperUrl
              openReviewUrl
              doi
              repositoryUrl
            }
            artifacts {
              key
              kind
              name
              description
              powerLevel
            }
          }
        }
      }
    `,
    {
      input: {
        venueId,
        title,
        abstract: 'Cloning a narrator’s voice from five seconds of audio.',
        links: { paperUrl: 'https://example.org/paper.pdf', openReviewUrl: '', doi: '', repositoryUrl: '' },
        artifacts: fixtureArtifacts(),
      },
    },
  );
  const id = createSubmission.id as string;
  const { abstract, links, artifacts, revision } = createSubmission.draft;
  const { saveDraft } = await graphql(
    authorPage,
    `
      mutation ($id: ID!, $draft: DraftInput!, $rev: Int!) {
        saveDraft(submissionId: $id, draft: $draft, expectedDraftRevision: $rev) {
          revision
        }
      }
    `,
    { id, rev: revision, draft: { title, abstract, links, artifacts, content: completeContent() } },
  );
  const { submitStatement } = await graphql(
    authorPage,
    `
      mutation ($id: ID!, $rev: Int!) {
        submitStatement(submissionId: $id, expectedDraftRevision: $rev) {
          revision
          tierSuggestion {
            tier
          }
        }
      }
    `,
    { id, rev: saveDraft.revision },
  );
  return { id, revision: submitStatement.revision, suggestedTier: submitStatement.tierSuggestion.tier };
}

/** The chair on `chairPage` puts the statement in full review (an override of the suggestion, with its reason). */
export async function confirmFullTier(
  chairPage: Page,
  submissionId: string,
  revision: number,
): Promise<{ tier: string; tierStatus: string }> {
  const { confirmTier } = await graphql(
    chairPage,
    `
      mutation ($id: ID!, $rev: Int!) {
        confirmTier(
          submissionId: $id
          tier: full
          reason: "A voice model this capable needs the full committee."
          expectedRevision: $rev
        ) {
          tier
          tierStatus
        }
      }
    `,
    { id: submissionId, rev: revision },
  );
  return confirmTier;
}

/** A conflict of `userId` with the statement, declared by the person on `page` (a chair or an author). */
export async function declareConflict(
  page: Page,
  submissionId: string,
  userId: string,
  type: string,
  reason: string,
): Promise<void> {
  await graphql(
    page,
    `
      mutation ($input: DeclareConflictInput!) {
        declareConflict(input: $input) {
          id
        }
      }
    `,
    { input: { submissionId, userId, type, reason } },
  );
}

/** The chair on `chairPage` confirms the tier the rubric suggested (no reason needed for that). */
export async function confirmSuggestedTier(
  chairPage: Page,
  submissionId: string,
  revision: number,
  tier: 'exempt' | 'expedited',
): Promise<void> {
  await graphql(
    chairPage,
    `
      mutation ($id: ID!, $tier: Tier!, $rev: Int!) {
        confirmTier(submissionId: $id, tier: $tier, reason: "", expectedRevision: $rev) {
          id
        }
      }
    `,
    { id: submissionId, tier, rev: revision },
  );
}

/** The chair assigns the reviewer (`reviewerId`, signed in on `reviewerPage`) to an open slot; they accept. */
export async function assignReviewer(
  chairPage: Page,
  submissionId: string,
  reviewerId: string,
  reviewerPage: Page,
): Promise<void> {
  const { assignReplacement } = await graphql(
    chairPage,
    `
      mutation ($s: ID!, $u: ID!) {
        assignReplacement(submissionId: $s, reviewerId: $u) {
          id
        }
      }
    `,
    { s: submissionId, u: reviewerId },
  );
  await graphql(
    reviewerPage,
    `
      mutation ($a: ID!) {
        respondToAssignment(assignmentId: $a, accept: true) {
          id
        }
      }
    `,
    { a: assignReplacement.id },
  );
}

/**
 * The expert signed in on `expertPage` submits a review of the fixture statement: every criterion
 * met, approval with conditions recommended, the voice model withheld.
 */
export async function submitExpertReview(expertPage: Page, submissionId: string): Promise<void> {
  await graphql(
    expertPage,
    `
      mutation ($s: ID!, $r: ReviewInput!) {
        submitReview(submissionId: $s, expectedRevision: 0, review: $r) {
          id
        }
      }
    `,
    {
      s: submissionId,
      r: {
        answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({
          questionId: q.id,
          rating: q.kind === 'rating' ? 'met' : null,
          text: 'The statement names the hazard, and the mitigations answer it.',
        })),
        recommendation: 'approved_with_conditions',
        releaseRecommendations: fixtureArtifacts().map((a) => ({
          artifactKey: a.key,
          contentLevel: a.key === 'model' ? 'withheld' : 'full',
          timing: 'immediate',
          distribution: a.key === 'paper' ? 'public' : 'ask_for_access',
        })),
        commentsForAuthors: 'Say who may ask for the model and how you check them.',
      },
    },
  );
}

/** A condition of an approval as the API takes it (a custom one, about one artifact or the whole work). */
export interface ConditionInput {
  text: string;
  artifactKey: string | null;
}

/**
 * The chair on `chairPage` records a decision on the latest version, with the authors' release plan
 * as the decided one, and sends the letter the venue's template writes. A positive decision starts
 * the statement's approval.
 */
export async function decideAndSend(
  chairPage: Page,
  submissionId: string,
  outcome: string,
  conditions: readonly ConditionInput[] = [],
  /** Changes the committee makes to the authors' plan (default: none). */
  decidePlan: (plan: Record<string, unknown>[]) => Record<string, unknown>[] = (plan) => plan,
): Promise<void> {
  const { submission } = await graphql(
    chairPage,
    `
      query ($id: ID!) {
        submission(id: $id) {
          revision
          latestVersion {
            content {
              releasePlan {
                artifactKey
                contentLevel
                timing
                distribution
                embargoUntil
                reviewEveryMonths
                releaseEvent
                stages {
                  description
                  opensOn
                  trigger
                }
                accessConditions
              }
            }
          }
        }
      }
    `,
    { id: submissionId },
  );
  const { recordDecision } = await graphql(
    chairPage,
    `
      mutation ($s: ID!, $rev: Int!, $d: DecisionInput!) {
        recordDecision(submissionId: $s, expectedRevision: $rev, decision: $d) {
          submission {
            revision
            letterDraft {
              subject
              body
            }
          }
        }
      }
    `,
    {
      s: submissionId,
      rev: submission.revision,
      d: {
        outcome,
        conditions: conditions.map((c) => ({
          libraryId: null,
          text: c.text,
          artifactKey: c.artifactKey,
          dueOn: null,
        })),
        releasePlan: decidePlan(submission.latestVersion.content.releasePlan),
        withoutReviewsReason: '',
      },
    },
  );
  const { revision, letterDraft } = recordDecision.submission;
  await graphql(
    chairPage,
    `
      mutation ($s: ID!, $rev: Int!, $l: LetterInput!) {
        sendDecision(submissionId: $s, expectedRevision: $rev, letter: $l) {
          id
        }
      }
    `,
    { s: submissionId, rev: revision, l: { subject: letterDraft.subject, body: letterDraft.body } },
  );
}
