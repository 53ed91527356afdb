import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SITE_PERMISSIONS, type SitePermission } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const SitePermissionEnum = enumFromValues(SITE_PERMISSIONS);
registerEnumType(SitePermissionEnum, {
  name: 'SitePermission',
  description: 'A permission on the whole site.',
});

@ObjectType({ description: 'An account as site administrators see it.' })
export class SitePerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  siteAdmin: boolean;

  @Field({ description: 'May create venues (administrators always may).' })
  canCreateVenues: boolean;

  @Field({
    description: 'Administrator through the server setting SITE_ADMIN_EMAILS (cannot be revoked here).',
  })
  adminByConfiguration: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export type { SitePermission };
