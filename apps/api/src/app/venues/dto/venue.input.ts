import { Field, ID, InputType } from '@nestjs/graphql';
import type { VenueKind } from '@impact-review/domain';
import { VenueKindEnum } from '../models/venue.model';

@InputType()
export class DeadlineInput {
  @Field()
  label: string;

  @Field({ description: "'YYYY-MM-DDTHH:mm' in the venue's time zone." })
  dueLocal: string;
}

@InputType()
export class CreateVenueInput {
  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => VenueKindEnum)
  kind: VenueKind;

  @Field(() => ID, { nullable: true, description: 'The conference a workshop is held at; required for workshops.' })
  parentVenueId?: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin or Etc/GMT+12 (anywhere on earth).' })
  timeZone: string;

  @Field({ defaultValue: '' })
  description: string;

  @Field(() => [DeadlineInput])
  deadlines: DeadlineInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Authors see their tier and the decisions on it; omitted or null keeps the setting (true for a new venue).',
  })
  tiersVisibleToAuthors?: boolean | null;
}

/** The editable settings; kind and parent venue are fixed after creation. Replaces them all. */
@InputType()
export class UpdateVenueInput {
  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field()
  timeZone: string;

  @Field({ defaultValue: '' })
  description: string;

  @Field(() => [DeadlineInput])
  deadlines: DeadlineInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Authors see their tier and the decisions on it; omitted or null keeps the setting (true for a new venue).',
  })
  tiersVisibleToAuthors?: boolean | null;
}
