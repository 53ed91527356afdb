import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  APPROVAL_STATE_LABELS,
  artifactReleasable,
  DECISION_OUTCOME_LABELS,
  INCIDENT_STATE_LABELS,
  TRIAGE_ACTION_LABELS,
  TRIAGE_ACTIONS,
  TRIAGE_RULES,
  type ReleasePlanItem,
} from '@impact-review/domain';
import { ApprovalRepository, type ApprovalRecord } from '../approvals';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { clientNetwork } from '../rate-limits';
import { SubmissionRepository, toSubmission, type SubmissionRecord } from '../submissions';
import { userById, UserRepository } from '../users';
import { userInVenue, Venue, type VenueRecord } from '../venues';
import { IncidentReportInput, TriageIncidentInput } from './dto/incident.input';
import type { IncidentRecord } from './incident.repository';
import { IncidentsService, referenceOf } from './incidents.service';
import { Incident, IncidentConfirmation, IncidentReportReceipt, PublicApproval } from './models/incident.model';

/** The public release registry and incident reports from anyone; the chairs' triage. */
@Resolver()
export class IncidentsResolver {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly approvals: ApprovalRepository,
    private readonly submissions: SubmissionRepository,
    private readonly users: UserRepository,
  ) {}

  @Public()
  @Query(() => PublicApproval, { description: 'An approval’s public page (anyone, no account): title, venue, outcome, state and release plan. NOT_FOUND when there is none.' })
  async publicApproval(@Args('id', { type: () => ID }) id: string): Promise<PublicApproval> {
    const { approval, submission, venue } = await this.incidents.subjectOf({ approvalId: id, venueId: null });
    return toPublic(approval as ApprovalRecord, submission as SubmissionRecord, venue);
  }

  @Public()
  @Query(() => [PublicApproval], { description: 'A venue’s release registry (anyone, no account): its approvals, newest first. NOT_FOUND for no such venue.' })
  async publicApprovals(@Args('venueId', { type: () => ID }) venueId: string): Promise<PublicApproval[]> {
    const { venue } = await this.incidents.subjectOf({ approvalId: null, venueId });
    const latest = new Map<string, ApprovalRecord>();
    for (const approval of await this.approvals.ofVenue(venue.id)) if (!latest.has(approval.submissionId)) latest.set(approval.submissionId, approval);
    const submissions = new Map((await this.submissions.findManyByIds([...latest.keys()])).map((s) => [s.id, s]));
    return [...latest.values()].flatMap((approval) => {
      const submission = submissions.get(approval.submissionId);
      return submission ? [toPublic(approval, submission, venue)] : [];
    });
  }

  @Public()
  @Mutation(() => IncidentReportReceipt, {
    description:
      'Reports an incident about an approved work (approvalId) or a venue (venueId), no account needed; a link to confirm it goes to the e-mail address, and the report counts once confirmed. BAD_USER_INPUT with paths; TOO_MANY_REQUESTS per address and per network, saying when to try again.',
  })
  async reportIncident(@Args('input') input: IncidentReportInput, @Ctx() ctx: RequestContext): Promise<IncidentReportReceipt> {
    const { email } = await this.incidents.report({ approvalId: input.approvalId, venueId: input.venueId }, input, clientNetwork(ctx.req.ip));
    return { email, message: `We sent a link to ${email}. Open it within 48 hours to confirm your report; until then it does not reach the committee.` };
  }

  @Public()
  @Mutation(() => IncidentConfirmation, { description: 'Confirms a report from its mail’s link (anyone holding it); NOT_FOUND for a used, expired or unknown link.' })
  confirmIncidentReport(@Args('token') token: string): Promise<IncidentConfirmation> {
    return this.incidents.confirm(token);
  }

  @Mutation(() => Incident, {
    description:
      'A chair handles a report: dismiss (with the answer to the reporter), ask the authors (with the question), open a re-evaluation or suspend the approval at once (whole or some artifacts), or resolve with a final answer. NOT_FOUND for a chair conflicted with the work; BAD_USER_INPUT on the fields; CONFLICT when it changed since expectedRevision.',
  })
  async triageIncident(@Args('input') input: TriageIncidentInput, @Ctx() ctx: RequestContext): Promise<Incident> {
    const saved = await this.incidents.triage(ctx.actor, input.incidentId, input);
    return this.toIncident(saved, ctx);
  }

  async toIncident(incident: IncidentRecord, ctx: RequestContext): Promise<Incident> {
    const submission = incident.submissionId ? await this.submissions.findById(incident.submissionId) : null;
    const users = ctx.loaders.of(userById, this.users);
    return {
      id: incident.id,
      reference: referenceOf(incident),
      state: incident.state,
      stateLabel: INCIDENT_STATE_LABELS[incident.state],
      submission: submission ? toSubmission(submission, ctx.actor) : null,
      approvalId: incident.approvalId,
      whatHappened: incident.whatHappened,
      evidenceLinks: incident.evidenceLinks,
      reporterEmail: incident.email,
      shareWithAuthors: incident.shareWithAuthors,
      createdAt: incident.createdAt,
      confirmedAt: incident.confirmedAt,
      triage: await Promise.all(
        incident.triage.map(async (step) => {
          const user = await users.load(step.byId);
          return { action: step.action, label: TRIAGE_ACTION_LABELS[step.action], reason: step.reason, by: user ? userInVenue(ctx.actor, user, incident.venueId) : null, at: step.at };
        }),
      ),
      answer: incident.answer,
      availableActions: TRIAGE_ACTIONS.filter((a) => TRIAGE_RULES[a].from.includes(incident.state) && (incident.approvalId !== null || !TRIAGE_RULES[a].needsApproval)),
      revision: incident.revision,
    };
  }
}

/** A venue's confirmed incident reports, for its chairs. */
@Resolver(() => Venue)
export class VenueIncidentsResolver {
  constructor(
    private readonly reports: IncidentsService,
    private readonly resolver: IncidentsResolver,
  ) {}

  @ResolveField(() => [Incident], { description: 'Its confirmed incident reports, newest first (chairs; reports about work you are conflicted with or wrote are left out). [] for everyone else.' })
  async incidents(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Incident[]> {
    const list = await this.reports.ofVenue(ctx.actor, venue.id);
    return Promise.all(list.map((incident) => this.resolver.toIncident(incident, ctx)));
  }
}

function toPublic(approval: ApprovalRecord, submission: SubmissionRecord, venue: VenueRecord): PublicApproval {
  const names = new Map([...(submission.submitted?.artifacts ?? []), ...approval.addedArtifacts].map((a) => [a.key, a.name]));
  return {
    id: approval.id,
    title: submission.submitted?.title ?? '',
    venueId: venue.id,
    venueName: venue.name,
    venueShortName: venue.shortName,
    outcome: approval.outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[approval.outcome],
    state: approval.state,
    stateLabel: APPROVAL_STATE_LABELS[approval.state],
    approvedAt: approval.approvedAt,
    releasePlan: (approval.releasePlan as ReleasePlanItem[]).map((item) => ({
      artifactName: names.get(item.artifactKey) ?? item.artifactKey,
      contentLevel: item.contentLevel,
      timing: item.timing,
      distribution: item.distribution,
      embargoUntil: item.embargoUntil,
      suspended: approval.state === 'suspended' && !artifactReleasable(approval, item.artifactKey),
    })),
  };
}
