// The approved plan as release points, artifact by artifact: each release (each stage of a staged
// one) with its date, its status as a badge and the server's sentence saying why. Staged artifacts
// read as a vertical stepper, open stages filled, so "stage 1 open, stage 2 blocked" shows at a
// glance; the badge and the sentence say the same in words.
import type { ReleasePointStatus } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { ApprovalFieldsFragment } from '../../gql/graphql';
import { countOf, formatDay } from '../../lib/format';
import type { Tone } from './approvalWords';
import './approvals.css';

type ReleasePoint = ApprovalFieldsFragment['releaseSchedule'][number];

/** Green once open; blue while a re-evaluation must pass its gate; amber when that came too late; red while the approval holds it back. */
export const RELEASE_POINT_TONES: Readonly<Record<ReleasePointStatus, Tone>> = {
  open: 'success',
  scheduled: 'neutral',
  awaiting_gate: 'info',
  blocked: 'warning',
  held: 'danger',
  withheld: 'neutral',
};

interface ArtifactPoints {
  key: string;
  name: string;
  points: ReleasePoint[];
}

/** The points grouped by artifact, both in the server's order (the plan's, stages in order). */
export function pointsByArtifact(schedule: readonly ReleasePoint[]): ArtifactPoints[] {
  const groups = new Map<string, ArtifactPoints>();
  for (const point of schedule) {
    const group = groups.get(point.artifactKey);
    if (group) group.points.push(point);
    else groups.set(point.artifactKey, { key: point.artifactKey, name: point.artifactName, points: [point] });
  }
  return [...groups.values()];
}

/** When the point opens (or opened), in words. The dates are calendar days, so no zone shifts them. */
export function pointWhen(point: ReleasePoint): string | null {
  if (point.status === 'withheld') return null;
  if (point.openedOn) return `Opened ${formatDay(point.openedOn)}`;
  // A passed gate or an earlier stage may move the day past the plan's date.
  if (point.status === 'scheduled' && point.opensOn) return `Opens ${formatDay(point.opensOn)}`;
  if (point.date) return `${point.status === 'blocked' ? 'Was due' : 'Opens'} ${formatDay(point.date)}`;
  if (point.gated) return 'Opens on a decision';
  // Held with no date of its own: the reason says what it waits for.
  return point.status === 'held' ? null : 'Opens with the approval';
}

export function ReleaseSchedule({ schedule }: { schedule: readonly ReleasePoint[] }) {
  const artifacts = pointsByArtifact(schedule);
  const staged = artifacts.some((a) => a.points.length > 1);
  return (
    <section className="release-schedule" aria-labelledby="release-schedule-title">
      <h4 id="release-schedule-title">Release schedule</h4>
      <p className="muted small">
        What may be released now and what comes next, as the approved plan says.
        {staged
          ? ' Filled steps are open; a later stage opens only once a re-evaluation decides to advance it.'
          : ''}
      </p>
      <ul className="release-schedule__artifacts">
        {artifacts.map((artifact) => {
          const titleId = `release-schedule-${artifact.key}`;
          const open = artifact.points.filter((p) => p.status === 'open').length;
          const isStaged = artifact.points.length > 1;
          return (
            <li key={artifact.key} className="release-schedule__artifact">
              <h5 id={titleId} className="release-schedule__name">
                {artifact.name}
                {isStaged ? (
                  <span className="release-schedule__count">
                    {' '}
                    · {open} of {countOf(artifact.points.length, 'stage')} open
                  </span>
                ) : null}
              </h5>
              <ol
                aria-labelledby={titleId}
                className={`release-points${isStaged ? ' release-points--staged' : ''}`}
              >
                {artifact.points.map((point) => {
                  const when = pointWhen(point);
                  return (
                    <li
                      key={`${point.stage ?? 'single'}-${point.label}`}
                      className={`release-point release-point--${point.status}`}
                    >
                      {/* The step's number (or dot) repeats the label's "Stage n": decoration only. */}
                      <span className="release-point__marker" aria-hidden="true">
                        {isStaged && point.stage !== null ? point.stage + 1 : ''}
                      </span>
                      <div className="release-point__body">
                        <p className="release-point__head">
                          <span className="release-point__label break-anywhere">{point.label}</span>
                          <Badge tone={RELEASE_POINT_TONES[point.status]}>{point.statusLabel}</Badge>
                        </p>
                        {when ? <p className="release-point__when">{when}</p> : null}
                        <p className="release-point__reason break-anywhere">{point.reason}</p>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
