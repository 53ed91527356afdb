import { graphql } from '../../gql';

export const SitePersonFieldsFragment = graphql(`
  fragment SitePersonFields on SitePerson {
    id
    name
    email
    siteAdmin
    canCreateVenues
    adminByConfiguration
  }
`);

export const SiteStaffQuery = graphql(`
  query SiteStaff {
    siteStaff {
      ...SitePersonFields
    }
  }
`);

export const SearchPeopleQuery = graphql(`
  query SearchPeople($text: String!) {
    searchPeople(text: $text) {
      ...SitePersonFields
    }
  }
`);

export const SetSitePermissionMutation = graphql(`
  mutation SetSitePermission($input: SetSitePermissionInput!) {
    setSitePermission(input: $input) {
      ...SitePersonFields
    }
  }
`);
