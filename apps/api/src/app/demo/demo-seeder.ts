import { RequestLoaders } from '../common/graphql/loaders';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DEFAULT_EXPERT_FORM, type Actor } from '@impact-review/domain';
import { AssignmentService } from '../assignment';
import { AuthService } from '../auth';
import { RoleGrants } from '../memberships';
import { StatementService, StatementVersionRepository, SubmissionService, TierDecisionService } from '../submissions';
import { DecisionsService } from '../decisions';
import { AccessService } from '../access';
import { ReviewsService } from '../reviews';
import { UserRepository } from '../users';
import { SitePermissionsService } from '../site-admin';
import { VenueService } from '../venues';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SUBMISSIONS } from './demo-data';

export const DEMO_LOGGER = Symbol('DEMO_LOGGER');

const NO_LINKS = { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' };

/**
 * Fills an empty database with a workshop at a conference, its people and statements in each
 * tier, through the same services the API uses (so demo data obeys every rule real data does).
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DEMO_LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly users: UserRepository,
    private readonly grants: RoleGrants,
    private readonly venues: VenueService,
    private readonly sitePermissions: SitePermissionsService,
    private readonly submissions: SubmissionService,
    private readonly statements: StatementService,
    private readonly tiers: TierDecisionService,
    private readonly assignments: AssignmentService,
    private readonly reviews: ReviewsService,
    private readonly versions: StatementVersionRepository,
    private readonly decisions: DecisionsService,
    private readonly access: AccessService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    if ((await this.users.count()) > 0) return;
    await this.seed();
    this.logger.info('Seeded demo data');
  }

  async seed(): Promise<void> {
    const now = this.clock.now();
    const people = Object.fromEntries(
      await Promise.all(
        Object.entries(DEMO_ACCOUNTS).map(async ([key, account]) => [
          key,
          await this.auth.createUser({ ...account, password: DEMO_PASSWORD }),
        ]),
      ),
    ) as Record<keyof typeof DEMO_ACCOUNTS, { id: string }>;

    // The administrator lets the chair create venues, as on a real site.
    await this.users.markSiteAdmins([DEMO_ACCOUNTS.admin.email]);
    const admin = await this.auth.actorOf(people.admin.id);
    await this.sitePermissions.set(admin, { userId: people.chair.id, permission: 'create_venues', granted: true });

    const chair = await this.auth.actorOf(people.chair.id);
    const year = now.getUTCFullYear() + 1;
    const conference = await this.venues.create(chair, {
      name: `Conference on Synthetic Media and Society ${year}`,
      shortName: `CSMS ${year}`,
      kind: 'conference',
      timeZone: 'America/Vancouver',
      description: 'An annual conference on generative media research and its effects on society.',
      deadlines: [
        { label: 'Paper submission', dueLocal: `${year}-05-15T23:59` },
        { label: 'Impact statement', dueLocal: `${year}-05-22T23:59` },
      ],
    });
    // Created by a chair of the conference, so approved at once.
    const workshop = await this.venues.create(await this.auth.actorOf(people.chair.id), {
      name: `Workshop on Responsible Release of Generative Models ${year}`,
      shortName: `R2GM ${year}`,
      kind: 'workshop',
      parentVenueId: conference.id,
      timeZone: 'America/Vancouver',
      description: 'Reviews the impact statements of synthetic media research before release.',
      deadlines: [{ label: 'Impact statement', dueLocal: `${year}-06-01T12:00` }],
    });
    // Another organiser asks to hold a workshop at the conference: the chair sees the request.
    await this.venues.create(admin, {
      name: `Workshop on Audio Deepfake Detection ${year}`,
      shortName: `ADD ${year}`,
      kind: 'workshop',
      parentVenueId: conference.id,
      timeZone: 'Europe/London',
      description: 'Detection of synthetic speech in the wild, and the release of detection benchmarks.',
      deadlines: [{ label: 'Impact statement', dueLocal: `${year}-06-15T17:00` }],
    });
    await this.grants.grant(people.expert.id, workshop.id, 'expert_reviewer', null);
    await this.grants.grant(people.community.id, workshop.id, 'community_reviewer', null);

    for (const demo of DEMO_SUBMISSIONS) {
      const submissionId = await this.draftSubmission(people.author.id, workshop.id, demo, now);
      const author = await this.auth.actorOf(people.author.id);
      const current = await this.submissions.getVisible(author, submissionId);
      await this.statements.submit(author, submissionId, current.draft?.revision ?? 0);
    }

    // A chair's first decision, so the dashboard shows each tier status.
    const chairAtWorkshop = await this.auth.actorOf(people.chair.id);
    const [first] = await this.submissions.listMine(await this.auth.actorOf(people.author.id), new RequestLoaders());
    if (first) {
      const fresh = await this.submissions.getVisible(chairAtWorkshop, first.id);
      const suggested = fresh.tierSuggestion?.tier;
      if (suggested) {
        await this.tiers.confirm(chairAtWorkshop, fresh.id, suggested, 'Matches the rubric; no further concerns.', fresh.revision);
      }
      await this.reviewing(chairAtWorkshop, fresh.id, people);
      await this.approving(chairAtWorkshop, people, fresh.id);
    }

    // One statement still being written: only its author sees it.
    const [unfinished] = DEMO_SUBMISSIONS;
    if (unfinished) {
      const partial = { ...unfinished, title: 'Watermark robustness of open image generators (draft)' };
      await this.draftSubmission(people.author2.id, workshop.id, partial, now, (content) => ({
        ...content,
        benefits: '',
        affectedGroups: [],
      }));
    }
  }

  /**
   * Reviewers with work in the demo: both accepted the first statement; the expert submitted a
   * review (the chair reads it), the community reviewer has theirs to write.
   */
  private async reviewing(chair: Actor, submissionId: string, people: Record<'expert' | 'community', { id: string }>): Promise<void> {
    for (const reviewer of [people.expert, people.community]) {
      const assignment = await this.assignments.assignReplacement(chair, submissionId, reviewer.id);
      await this.assignments.respond(await this.auth.actorOf(reviewer.id), assignment.id, true, null);
    }
    const expert = await this.auth.actorOf(people.expert.id);
    const statement = await this.submissions.getVisible(expert, submissionId);
    const justified = (what: string) => `The statement ${what}; the staged release with vetted access answers it.`;
    await this.reviews.submit(expert, submissionId, 0, {
      answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({
        questionId: q.id,
        rating: q.kind === 'rating' ? (q.id === 'mitigations_adequate' ? 'partly_met' : 'met') : null,
        text: justified(`addresses “${q.prompt.toLowerCase()}”`),
      })),
      recommendation: 'approved_with_conditions',
      releaseRecommendations: (statement.submitted?.artifacts ?? []).map((a) => ({
        artifactKey: a.key,
        contentLevel: a.kind === 'paper_concept' ? 'full' : 'reduced',
        timing: a.kind === 'paper_concept' ? 'immediate' : 'staged',
        distribution: a.kind === 'paper_concept' ? 'public' : 'ask_for_access',
      })),
      requiredMitigations: 'Watermark generated audio; vet every access request against published criteria.',
      commentsForAuthors: 'A careful statement. Say who may request the model, how you check them, and what you do on a misuse report.',
      confidentialComments: 'The misuse section underrates voice-phishing; worth a condition.',
      namedToAuthors: false,
    });
  }

  /**
   * An approval to look at: the expedited statement is reviewed by the expert (unless it is the
   * first one, reviewed above), approved with a condition and its letter sent. The approval holds
   * for the venue's period and appears in the public registry and the calendar feeds.
   */
  private async approving(chair: Actor, people: Record<'author' | 'expert', { id: string }>, reviewedId: string): Promise<void> {
    const mine = await this.submissions.listMine(await this.auth.actorOf(people.author.id), new RequestLoaders());
    const candidates = await Promise.all(mine.map((s) => this.submissions.getVisible(chair, s.id)));
    const statement = candidates.find((s) => s.tierSuggestion?.tier === 'expedited');
    if (!statement) return;
    if (statement.id !== reviewedId) {
      await this.tiers.confirm(chair, statement.id, 'expedited', 'Matches the rubric; expedited review suffices.', statement.revision);
      const assignment = await this.assignments.assignReplacement(chair, statement.id, people.expert.id);
      const expert = await this.auth.actorOf(people.expert.id);
      await this.assignments.respond(expert, assignment.id, true, null);
      const visible = await this.submissions.getVisible(expert, statement.id);
      await this.reviews.submit(expert, statement.id, 0, {
        answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({
          questionId: q.id,
          rating: q.kind === 'rating' ? 'met' : null,
          text: 'The statement addresses this carefully; the release plan holds back what could be misused.',
        })),
        recommendation: 'approved_with_conditions',
        releaseRecommendations: (visible.submitted?.artifacts ?? []).map((a) => ({ artifactKey: a.key, contentLevel: 'full', timing: 'immediate', distribution: 'public' })),
        requiredMitigations: 'Report misuse to the committee.',
        commentsForAuthors: 'Clear and careful. Tell the committee of any misuse report you receive.',
        confidentialComments: '',
        namedToAuthors: false,
      });
    }
    const current = await this.submissions.getVisible(chair, statement.id);
    const version = await this.versions.find(current.id, current.latestVersionNumber);
    const recorded = await this.decisions.record(chair, current.id, current.revision, {
      outcome: 'approved_with_conditions',
      conditions: [{ libraryId: null, text: 'Report any misuse you learn of to the committee within 30 days.', artifactKey: null, dueOn: null }],
      releasePlan: version?.content.releasePlan ?? [],
      withoutReviewsReason: '',
    });
    const letter = await this.decisions.letterDraft(chair, recorded.submission, await this.access.submission(recorded.submission));
    if (letter) await this.decisions.send(chair, current.id, recorded.submission.revision, letter);
  }

  private async draftSubmission(
    authorId: string,
    venueId: string,
    demo: (typeof DEMO_SUBMISSIONS)[number],
    now: Date,
    adjust: (content: ReturnType<(typeof DEMO_SUBMISSIONS)[number]['content']>) => unknown = (c) => c,
  ): Promise<string> {
    const author = await this.auth.actorOf(authorId);
    const created = await this.submissions.create(author, {
      venueId,
      title: demo.title,
      abstract: demo.abstract,
      links: NO_LINKS,
      artifacts: demo.artifacts,
    });
    const actor = await this.auth.actorOf(authorId);
    await this.statements.saveDraft(
      actor,
      created.id,
      { title: demo.title, abstract: demo.abstract, links: NO_LINKS, artifacts: demo.artifacts, content: adjust(demo.content(now)) },
      created.draft?.revision ?? 0,
    );
    return created.id;
  }
}
