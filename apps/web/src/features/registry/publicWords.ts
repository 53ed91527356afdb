// A public approval in words for people outside the committee: what its state means for its
// releases, and where each artifact's release stands. The registry list and the approval page read
// from here, so the two never describe the same approval differently.
import type { PublicApprovalFieldsFragment } from '../../gql/graphql';
import { countOf } from '../../lib/format';
import type { Tone } from '../approvals/approvalWords';

type PublicApproval = Pick<PublicApprovalFieldsFragment, 'state' | 'releasePlan'>;
type PublicReleaseItem = PublicApprovalFieldsFragment['releasePlan'][number];

/** What the state means for the releases; null while the approval simply holds. */
export function publicStateSentence(approval: PublicApproval): string | null {
  switch (approval.state) {
    case 'active':
      return null;
    case 'under_reevaluation':
      return 'The committee is reviewing this approval again. Releases go ahead as planned meanwhile.';
    case 'suspended':
      return approval.releasePlan.every((item) => item.suspended)
        ? 'The committee suspended this approval: nothing may be released under it until the committee reinstates it.'
        : 'The committee suspended the release of some artifacts (marked below) until it reinstates them; the rest of the approval holds.';
    case 'terminated':
      return 'The committee ended this approval. Nothing more is released under it.';
    case 'expired':
      return 'This approval lapsed because its continuing review did not happen in time. Nothing more is released under it unless the committee approves the work again.';
    case 'closed':
      return 'The authors finished the work and closed this approval. Nothing more is released under it.';
  }
}

/** Where one artifact's release stands, in a word or two and a tone for its badge. */
export function releaseStatus(
  approval: Pick<PublicApproval, 'state'>,
  item: Pick<PublicReleaseItem, 'suspended'>,
): { text: string; tone: Tone } {
  if (item.suspended) return { text: 'Release suspended', tone: 'warning' };
  switch (approval.state) {
    case 'terminated':
    case 'expired':
      return { text: 'No further release', tone: 'danger' };
    case 'closed':
      return { text: 'Work finished', tone: 'neutral' };
    default:
      return { text: 'As planned', tone: 'success' };
  }
}

/** A registry row's releases: "3 artifacts", and "1 release suspended" when any is. */
export function releaseSummary(approval: PublicApproval): { artifacts: string; suspended: string | null } {
  const suspended = approval.releasePlan.filter((item) => item.suspended).length;
  return {
    artifacts: countOf(approval.releasePlan.length, 'artifact'),
    suspended: suspended > 0 ? `${countOf(suspended, 'release')} suspended` : null,
  };
}
