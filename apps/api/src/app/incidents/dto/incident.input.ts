import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { TriageAction } from '@impact-review/domain';
import { TriageActionEnum } from '../models/incident.model';

@InputType({ description: 'A report from anyone, no account needed: about an approval, or a venue in general.' })
export class IncidentReportInput {
  @Field(() => ID, { nullable: true, description: 'The approval it is about (from its public page).' })
  approvalId: string | null;

  @Field(() => ID, { nullable: true, description: 'Or the venue, for a report not about one approved work.' })
  venueId: string | null;

  @Field()
  whatHappened: string;

  @Field(() => [String], { defaultValue: [] })
  evidenceLinks: string[];

  @Field({ description: 'Where the confirmation link, the acknowledgement and the answer go.' })
  email: string;

  @Field({ defaultValue: false, description: 'The reporter may be named to the authors.' })
  shareWithAuthors: boolean;
}

@InputType()
export class TriageIncidentInput {
  @Field(() => ID)
  incidentId: string;

  @Field(() => TriageActionEnum)
  action: TriageAction;

  @Field({ defaultValue: '' })
  reason: string;

  @Field({ defaultValue: '', description: 'The final answer to the reporter (dismiss, suspend, resolve).' })
  answer: string;

  @Field({ defaultValue: '', description: 'ask_authors: what the authors should answer.' })
  question: string;

  @Field(() => [String], { defaultValue: [], description: 'suspend: the artifacts whose release stops (none: the whole approval).' })
  artifactKeys: string[];

  @Field(() => Int)
  expectedRevision: number;
}
