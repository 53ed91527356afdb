import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { AuditEventKind } from '@impact-review/domain';
import { User } from '../../users/models/user.model';

@ObjectType({ description: "One change in a venue's log, as the reader may see it." })
export class AuditEvent {
  @Field(() => Int, { description: 'Position in the venue log (0 is the first change).' })
  index: number;

  @Field(() => String, { description: 'The kind of change, e.g. tier.overridden.' })
  kind: AuditEventKind;

  @Field({ description: 'The kind in words.' })
  label: string;

  @Field({ description: 'venue, invitation, membership or submission.' })
  objectType: string;

  @Field(() => ID)
  objectId: string;

  @Field(() => ID, { nullable: true, description: 'Who made the change; null for the system.' })
  actorId: string | null;

  @Field(() => User, { nullable: true })
  actor?: User | null;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field({ description: 'What changed, as JSON (before and after of the changed fields).' })
  summary: string;

  /** The venue whose log holds the event (for the email visibility of actor). */
  venueId: string;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent])
  events: AuditEvent[];

  @Field(() => Int)
  total: number;
}

@InputType()
export class AuditHistoryFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only changes of this object (venue, invitation, person, submission).',
  })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this person.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this kind of change, e.g. tier.overridden.' })
  kind?: string | null;
}

@ObjectType({ description: 'A signed statement of the whole log at one size: a tree head.' })
export class LogCheckpoint {
  @Field()
  origin: string;

  @Field(() => Int)
  size: number;

  @Field({ description: 'Base64 root hash (RFC 9162).' })
  root: string;

  @Field()
  timestamp: string;

  @Field({ description: 'Base64 Ed25519 signature of "origin\\nsize\\nroot\\ntimestamp\\n".' })
  signature: string;

  @Field({ description: 'Base64 raw Ed25519 public key of the log.' })
  publicKey: string;
}

@ObjectType({
  description: 'Proofs about the log, with the checkpoint they refer to (read together, never apart).',
})
export class LogProof {
  @Field(() => LogCheckpoint)
  checkpoint: LogCheckpoint;

  @Field(() => Int, { nullable: true })
  index: number | null;

  @Field(() => String, { nullable: true, description: 'Base64 leaf hash of the entry at index.' })
  leafHash: string | null;

  @Field(() => [String], {
    description: 'Inclusion proof of the entry in the checkpoint tree (base64 hashes).',
  })
  inclusion: string[];

  @Field(() => Int, { nullable: true })
  fromSize: number | null;

  @Field(() => String, { nullable: true, description: 'Base64 root of the tree of fromSize entries.' })
  fromRoot: string | null;

  @Field(() => [String], {
    description: 'Consistency proof from fromSize to the checkpoint size (base64 hashes).',
  })
  consistency: string[];
}

@ObjectType({
  description: "A venue's log: its current checkpoint, and the export for offline verification.",
})
export class VenueLog {
  @Field(() => ID)
  venueId: string;

  @Field(() => LogCheckpoint, { nullable: true, description: 'Null while the log is empty.' })
  checkpoint: LogCheckpoint | null;
}
