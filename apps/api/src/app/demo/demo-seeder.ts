import { RequestLoaders } from '../common/graphql/loaders';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { AuthService } from '../auth';
import { RoleGrants } from '../memberships';
import { StatementService, SubmissionService, TierDecisionService } from '../submissions';
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
