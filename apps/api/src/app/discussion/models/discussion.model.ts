import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model';

@ObjectType({ description: 'Someone in a statement’s discussion, as you may see them.' })
export class DiscussionParticipant {
  @Field(() => ID, { description: 'Pass it in mentions.' })
  id: string;

  @Field({ description: 'Their name where you may know it, else their pseudonym on this statement (e.g. “Expert B”).' })
  label: string;

  @Field(() => User, { nullable: true, description: 'Null when you may not know who it is.' })
  person: User | null;

  @Field({ description: 'chair or reviewer.' })
  role: string;
}

@ObjectType({ description: 'A comment in a statement’s discussion.' })
export class DiscussionComment {
  @Field(() => ID)
  id: string;

  @Field(() => DiscussionParticipant)
  author: DiscussionParticipant;

  @Field()
  body: string;

  @Field(() => [DiscussionParticipant])
  mentions: DiscussionParticipant[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'Written by you.' })
  mine: boolean;
}

@ObjectType({ description: 'A statement’s discussion among its chairs and reviewers.' })
export class Discussion {
  @Field(() => [DiscussionComment], { description: 'Oldest first.' })
  comments: DiscussionComment[];

  @Field(() => Int, { description: 'Comments by others since you last read it.' })
  unread: number;

  @Field(() => [DiscussionParticipant], { description: 'Who you can mention: everyone else who may read it.' })
  participants: DiscussionParticipant[];
}

@ObjectType({ description: 'The authors’ response to the released reviews.' })
export class AuthorResponse {
  @Field()
  text: string;

  @Field(() => Int)
  wordCount: number;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => Int, { description: 'Send it back when saving a change.' })
  revision: number;
}

@ObjectType({ description: 'Whether you (an author) may respond now, within which limits.' })
export class ResponseWindowInfo {
  @Field()
  open: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, in words.' })
  reason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => Int)
  wordLimit: number;
}
