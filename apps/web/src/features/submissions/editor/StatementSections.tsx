// The statement's sections by key, one component each (in its own file); the editor and the
// read-only view render them from this table.
import { AccessRatchetSection } from './AccessRatchetSection';
import { BenefitsSection } from './BenefitsSection';
import { HazardsSection } from './HazardsSection';
import { IndirectHarmsSection } from './IndirectHarmsSection';
import { MitigationChallengesSection } from './MitigationChallengesSection';
import { MitigationsSection } from './MitigationsSection';
import { PathToHarmSection } from './PathToHarmSection';
import { ReleasePlanSection } from './ReleasePlanSection';
import { SummarySection } from './SummarySection';

export type { ContentUpdate, SectionProps } from './sectionParts';
export { SectionError } from './sectionParts';

export const SECTION_COMPONENTS = {
  summary: SummarySection,
  hazards: HazardsSection,
  pathToHarm: PathToHarmSection,
  accessRatchet: AccessRatchetSection,
  indirectHarms: IndirectHarmsSection,
  mitigationChallenges: MitigationChallengesSection,
  benefits: BenefitsSection,
  mitigations: MitigationsSection,
  releasePlan: ReleasePlanSection,
} as const;
