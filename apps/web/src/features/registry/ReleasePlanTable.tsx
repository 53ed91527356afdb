// The decided release plan as the public reads it: one row per artifact (a card per artifact on a
// phone), in the domain's words for each part, with a suspended release marked in words.
import { labelOf, RELEASE_PLAN_PART_LABELS } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { PublicApprovalFieldsFragment } from '../../gql/graphql';
import { formatDay } from '../../lib/format';
import { releaseStatus } from './publicWords';

export function ReleasePlanTable({
  approval,
}: {
  approval: Pick<PublicApprovalFieldsFragment, 'state' | 'releasePlan'>;
}) {
  if (approval.releasePlan.length === 0)
    return <p className="muted">The decision names no artifacts to release.</p>;
  const columns = {
    contentLevel: RELEASE_PLAN_PART_LABELS.contentLevel,
    timing: RELEASE_PLAN_PART_LABELS.timing,
    distribution: RELEASE_PLAN_PART_LABELS.distribution,
    embargoUntil: RELEASE_PLAN_PART_LABELS.embargoUntil,
  };
  return (
    <div className="table-wrap">
      <table className="table table--stack release-plan">
        <thead>
          <tr>
            <th scope="col">Artifact</th>
            <th scope="col">{columns.contentLevel}</th>
            <th scope="col">{columns.timing}</th>
            <th scope="col">{columns.distribution}</th>
            <th scope="col">{columns.embargoUntil}</th>
            <th scope="col">Release</th>
          </tr>
        </thead>
        <tbody>
          {approval.releasePlan.map((item, i) => {
            const status = releaseStatus(approval, item);
            return (
              <tr
                key={`${i}-${item.artifactName}`}
                className={item.suspended ? 'release-plan__row--suspended' : undefined}
              >
                <th scope="row" className="break-anywhere">
                  {item.artifactName}
                </th>
                <td data-label={columns.contentLevel}>{labelOf(item.contentLevel)}</td>
                <td data-label={columns.timing}>{labelOf(item.timing)}</td>
                <td data-label={columns.distribution}>{labelOf(item.distribution)}</td>
                {/* On a phone, where each cell is a labelled line, a missing date is left out. */}
                <td
                  data-label={columns.embargoUntil}
                  className={item.embargoUntil ? undefined : 'release-plan__none'}
                >
                  {formatDay(item.embargoUntil)}
                </td>
                <td data-label="Release">
                  <Badge tone={status.tone}>{status.text}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
