import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  describeJobError,
  isActiveRunState,
  loadHistogram,
  runPercent,
  scoreHistogram,
  type Actor,
  type MatchingObjective,
  type MatchingRunPhase,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { AuditLog } from '../audit';
import { auditEvent, type PendingEvent } from '../audit/pending-events';
import { fail } from '../common/errors/app-error';
import { JobQueue, type JobContext } from '../jobs';
import { VenueRepository } from '../venues';
import { assignmentErrors } from './assignment.errors';
import type { MatchingInput, MatchingOutcome } from './matching-engine';
import { MatchingInputLoader } from './matching-input.loader';
import { MatchingRunRepository, type MatchingResultRecord, type MatchingRunRecord } from './matching-run.repository';
import type { WorkerMessage } from './matching.worker';

const MATCH_JOB = 'assignment.match';
/** The open slots a run lists by name; the count says how many there are in all. */
const MAX_UNCOVERED_LISTED = 200;

class RunCancelled extends Error {}

/** Figures of a proposal: loads over every reviewer of the pool, totals over every statement with demand. */
export function proposalFigures(
  pairs: readonly { statementId: string; reviewerId: string; score: number }[],
  reviewerIds: readonly string[],
  statementIds: readonly string[],
): Pick<MatchingResultRecord, 'loadHistogram' | 'scoreHistogram'> {
  const loads = new Map(reviewerIds.map((id) => [id, 0]));
  const totals = new Map(statementIds.map((id) => [id, 0]));
  for (const pair of pairs) {
    if (loads.has(pair.reviewerId)) loads.set(pair.reviewerId, (loads.get(pair.reviewerId) ?? 0) + 1);
    if (totals.has(pair.statementId)) totals.set(pair.statementId, (totals.get(pair.statementId) ?? 0) + pair.score);
  }
  return { loadHistogram: loadHistogram([...loads.values()]), scoreHistogram: scoreHistogram([...totals.values()]) };
}

/**
 * Matcher runs: a chair starts one, a durable job works it in a worker thread (progress in the
 * run's record, cancellable, surviving reloads and restarts), and its proposal is stored for the
 * chairs to read, edit and commit (AssignmentService).
 */
@Injectable()
export class MatchingRunService implements OnModuleInit {
  private readonly logger = new Logger(MatchingRunService.name);

  constructor(
    private readonly runs: MatchingRunRepository,
    private readonly loader: MatchingInputLoader,
    private readonly venues: VenueRepository,
    private readonly access: AccessService,
    private readonly queue: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.queue.register(MATCH_JOB, (payload, context) => this.work(String(payload['runId']), context));
  }

  async start(actor: Actor, venueId: string, objective: MatchingObjective): Promise<MatchingRunRecord> {
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(assignmentErrors, 'VENUE_NOT_FOUND');
    this.access.require(actor, 'assignment.run', { kind: 'venue', venueId });
    let events: PendingEvent[] = [];
    const run = await this.runs.start({ venueId, objective, startedById: actor?.userId ?? '' }, (id) => {
      events = [
        auditEvent({
          venueId,
          kind: 'matching.started',
          objectType: 'matching_run',
          objectId: id,
          actorId: actor?.userId ?? null,
          summary: { objective },
        }),
      ];
      return events;
    });
    if (!run) return fail(assignmentErrors, 'RUN_IN_PROGRESS');
    await this.audit.recorded('matching_runs', run.id, events);
    await this.queue.enqueue({
      name: MATCH_JOB,
      key: `matching:${run.id}`,
      venueId,
      summary: `Matcher run (${objective === 'fair' ? 'fairness' : 'total score'})`,
      payload: { runId: run.id },
      // A run that fails is started again by a chair, with what they learned from the error.
      maxAttempts: 2,
    });
    return run;
  }

  async cancel(actor: Actor, runId: string): Promise<MatchingRunRecord> {
    const run = await this.visibleRun(actor, runId);
    if (!isActiveRunState(run.state)) return fail(assignmentErrors, 'RUN_NOT_ACTIVE');
    // The worker sees the request at its next progress report (within a second) and stops.
    const requested = await this.runs.requestCancel(run.id);
    if (!requested) return fail(assignmentErrors, 'RUN_NOT_ACTIVE');
    if (requested.state === 'queued') {
      return (await this.endCancelled(requested.id, actor?.userId ?? null)) ?? requested;
    }
    return requested;
  }

  async visibleRun(actor: Actor, runId: string): Promise<MatchingRunRecord> {
    const run = await this.runs.findById(runId);
    if (!run || !this.access.can(actor, 'assignment.run', { kind: 'venue', venueId: run.venueId })) {
      return fail(assignmentErrors, 'RUN_NOT_FOUND');
    }
    return run;
  }

  latest(venueId: string): Promise<MatchingRunRecord | null> {
    return this.runs.latest(venueId);
  }

  private async endCancelled(runId: string, actorId: string | null): Promise<MatchingRunRecord | null> {
    const run = await this.runs.findById(runId);
    if (!run) return null;
    const event = auditEvent({
      venueId: run.venueId,
      kind: 'matching.cancelled',
      objectType: 'matching_run',
      objectId: runId,
      actorId,
      summary: { phase: run.phase, percent: run.percent },
    });
    const ended = await this.runs.finish(runId, { state: 'cancelled' }, [event]);
    if (ended) await this.audit.recorded('matching_runs', runId, [event]);
    await this.runs.deleteProposal(runId);
    return ended;
  }

  /** The job: load, compute in a worker thread, write the proposal, end the run. */
  private async work(runId: string, context: JobContext): Promise<void> {
    const run = await this.runs.findById(runId);
    if (!run || !isActiveRunState(run.state)) return;
    const venue = await this.venues.findById(run.venueId);
    if (!venue) return;
    let phase: MatchingRunPhase = 'loading';
    const report = async (next: MatchingRunPhase, fraction: number): Promise<void> => {
      phase = next;
      const { active, cancelRequested } = await this.runs.progress(runId, next, runPercent(next, fraction));
      if (!active || cancelRequested) throw new RunCancelled();
    };
    try {
      // A retried job starts from the top: rows of the lost attempt go first.
      await this.runs.deleteProposal(runId);
      await report('loading', 0);
      const loadStarted = performance.now();
      const input = await this.loader.load(venue, run.objective, (fraction) => report('loading', fraction));
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      const outcome = await this.compute(input, report, context.signal);
      await report('writing', 0.5);
      const writeStarted = performance.now();
      await this.runs.addProposal(
        outcome.pairs.map((p) => ({
          runId,
          venueId: run.venueId,
          submissionId: p.statementId,
          reviewerId: p.reviewerId,
          kind: p.kind,
          score: p.score,
          origin: p.origin,
          terms: p.terms,
          areas: p.areas,
          bid: p.bid,
        })),
      );
      const result = this.resultOf(input, {
        ...outcome,
        // The phases as the chair waits for them: reading the database, and storing the proposal.
        seconds: { ...outcome.seconds, loading: loadSeconds, writing: (outcome.seconds.writing ?? 0) + (performance.now() - writeStarted) / 1000 },
      });
      const event = auditEvent({
        venueId: run.venueId,
        kind: 'matching.finished',
        objectType: 'matching_run',
        objectId: runId,
        actorId: null,
        // Counts only: which pairs were proposed is for the chairs' proposal view, which honours conflicts.
        summary: {
          status: result.status,
          statements: result.statements,
          reviewers: result.reviewers,
          proposed: result.proposed,
          kept: result.kept,
          uncoveredStatements: result.uncoveredStatements,
        },
      });
      const ended = await this.runs.finish(runId, { state: 'succeeded', result }, [event]);
      if (ended) await this.audit.recorded('matching_runs', runId, [event]);
      else await this.runs.deleteProposal(runId); // cancelled at the last moment
    } catch (error) {
      if (error instanceof RunCancelled || context.signal.aborted) {
        if (!context.signal.aborted) await this.endCancelled(runId, null);
        if (context.signal.aborted) throw error; // another worker owns the job now
        return;
      }
      const message = describeJobError(error);
      this.logger.warn(`Matcher run ${runId} failed in ${phase}: ${message}`);
      const event = auditEvent({
        venueId: run.venueId,
        kind: 'matching.finished',
        objectType: 'matching_run',
        objectId: runId,
        actorId: null,
        summary: { status: 'failed', phase, error: message },
      });
      if (await this.runs.finish(runId, { state: 'failed', error: `${message} (while ${phase})` }, [event])) {
        await this.audit.recorded('matching_runs', runId, [event]);
      }
      await this.runs.deleteProposal(runId);
    }
  }

  /** Runs the engine in a worker thread, relaying its progress; cancelling terminates the thread. */
  private compute(
    input: MatchingInput,
    report: (phase: MatchingRunPhase, fraction: number) => Promise<void>,
    signal: AbortSignal,
  ): Promise<MatchingOutcome> {
    const typescript = __filename.endsWith('.ts');
    const worker = new Worker(path.join(__dirname, `matching.worker${path.extname(__filename)}`), {
      workerData: input,
      // Under the TypeScript runners (dev server, tests) the worker compiles itself the same way.
      execArgv: typescript ? ['-r', '@swc-node/register'] : undefined,
      env: typescript ? { ...process.env, SWC_NODE_PROJECT: path.resolve(__dirname, '../../../tsconfig.json') } : process.env,
    });
    return new Promise<MatchingOutcome>((resolve, reject) => {
      let settled = false;
      const settle = (action: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        void worker.terminate();
        action();
      };
      const onAbort = (): void => settle(() => reject(new Error('The job lease was lost.')));
      signal.addEventListener('abort', onAbort);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          report(message.phase as MatchingRunPhase, message.fraction).catch((error: unknown) => settle(() => reject(error)));
        } else if (message.type === 'done') settle(() => resolve(message.outcome));
        else settle(() => reject(new Error(message.message)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) => settle(() => reject(new Error(`The matcher stopped (exit code ${code}).`))));
    });
  }

  private resultOf(input: MatchingInput, outcome: MatchingOutcome): MatchingResultRecord {
    const statementIds = input.statements.map((s) => s.id);
    return {
      status: outcome.status,
      objective: outcome.objective,
      minStatementScore: outcome.minStatementScore,
      statements: input.statements.length,
      reviewers: input.reviewers.length,
      proposed: outcome.pairs.filter((p) => p.origin !== 'kept').length,
      kept: outcome.pairs.filter((p) => p.origin === 'kept').length,
      uncoveredStatements: new Set(outcome.uncovered.map((u) => u.statementId)).size,
      uncovered: outcome.uncovered.slice(0, MAX_UNCOVERED_LISTED),
      diagnosis: outcome.diagnosis,
      inputProblems: outcome.inputProblems,
      detectedConflicts: outcome.detectedConflicts,
      candidatePairs: outcome.candidatePairs,
      ...proposalFigures(outcome.pairs, input.reviewers.map((r) => r.id), statementIds),
      seconds: outcome.seconds,
    };
  }
}
