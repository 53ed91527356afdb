import { Field, ID, InputType } from '@nestjs/graphql';
import type { SitePermission } from '@impact-review/domain';
import { SitePermissionEnum } from '../models/site-person.model';

@InputType()
export class SetSitePermissionInput {
  @Field(() => ID)
  userId: string;

  @Field(() => SitePermissionEnum)
  permission: SitePermission;

  @Field({ description: 'True grants the permission, false revokes it.' })
  granted: boolean;
}
