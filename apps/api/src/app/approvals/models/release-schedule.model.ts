import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RELEASE_POINT_STATUSES, TIMELINE_CATEGORIES, type ReleasePointStatus, type TimelineCategory } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const ReleasePointStatusEnum = enumFromValues(RELEASE_POINT_STATUSES);
registerEnumType(ReleasePointStatusEnum, {
  name: 'ReleasePointStatus',
  description:
    'open (may be released now), scheduled (opens on its date), awaiting_gate (a re-evaluation must decide to advance it), blocked (its date came without that decision), held (the approval does not allow it now), withheld (the plan does not release it).',
});

export const TimelineCategoryEnum = enumFromValues(TIMELINE_CATEGORIES);
registerEnumType(TimelineCategoryEnum, { name: 'TimelineCategory', description: 'What a timeline entry is about.' });

@ObjectType({ description: 'One point of an approved release plan: a release, or one stage of a staged release, and whether it is open.' })
export class ReleasePoint {
  @Field()
  artifactKey: string;

  @Field()
  artifactName: string;

  @Field(() => Int, { nullable: true, description: 'The stage’s index in a staged plan (0 is the first); null for a single release.' })
  stage: number | null;

  @Field({ description: 'What is released, in words.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it opens on; null when a decision or an event opens it.' })
  date: string | null;

  @Field({ description: 'Whether a re-evaluation must decide to advance it before it opens.' })
  gated: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  gatePassedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it opened.' })
  openedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it opens or opened, when known (open or scheduled).' })
  opensOn: string | null;

  @Field(() => ReleasePointStatusEnum)
  status: ReleasePointStatus;

  @Field()
  statusLabel: string;

  @Field({ description: 'Why it has this status, in a sentence.' })
  reason: string;
}

@ObjectType({ description: 'A gate a re-evaluation may pass now: an artifact’s next release stage, or its evented release.' })
export class ReleaseGate {
  @Field()
  artifactKey: string;

  @Field()
  artifactName: string;

  @Field(() => Int)
  stage: number;

  @Field()
  label: string;
}

@ObjectType({ description: 'One entry of an approval’s timeline, as the reader may see it.' })
export class ApprovalTimelineEntry {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => TimelineCategoryEnum)
  category: TimelineCategory;

  @Field()
  categoryLabel: string;

  @Field()
  title: string;

  @Field()
  detail: string;

  @Field(() => String, { nullable: true, description: 'Who acted, as you may see them; null for the schedule.' })
  actorName: string | null;
}
