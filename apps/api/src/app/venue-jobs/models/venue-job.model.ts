import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JOB_STATES, type JobState } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const JobStateEnum = enumFromValues(JOB_STATES);
registerEnumType(JobStateEnum, {
  name: 'JobState',
  description: 'waiting (due now or later), running, succeeded, or failed after its last attempt.',
});

@ObjectType({
  description: 'Background work of a venue (e.g. an email in the outbox), as its chairs see it.',
})
export class VenueJob {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the job does, in words.' })
  summary: string;

  @Field({ description: 'The kind of job, e.g. mail.send.' })
  name: string;

  @Field(() => JobStateEnum)
  state: JobState;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int)
  maxAttempts: number;

  @Field(() => GraphQLISODateTime, { description: 'When it runs (next attempt, for a waiting job).' })
  runAt: Date;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType()
export class JobStateCounts {
  @Field(() => Int)
  waiting: number;

  @Field(() => Int)
  running: number;

  @Field(() => Int)
  succeeded: number;

  @Field(() => Int)
  failed: number;
}

@ObjectType({ description: "A page of a venue's jobs, newest first." })
export class VenueJobPage {
  @Field(() => [VenueJob])
  jobs: VenueJob[];

  @Field(() => Int, { description: 'Jobs matching the filter, over all pages.' })
  total: number;

  @Field(() => JobStateCounts, { description: 'Jobs of the venue in each state, whatever the filter.' })
  counts: JobStateCounts;
}
