import type { SitePersonFieldsFragment } from '../../gql/graphql';
import { actionsFor } from './AdminPage';

const person = (overrides: Partial<SitePersonFieldsFragment>): SitePersonFieldsFragment => ({
  __typename: 'SitePerson',
  id: 'u1',
  name: 'Ada',
  email: 'ada@example.org',
  siteAdmin: false,
  canCreateVenues: false,
  adminByConfiguration: false,
  ...overrides,
});

describe('actionsFor', () => {
  it.each([
    ['a person without permissions', person({}), false, ['Allow creating venues', 'Make administrator']],
    [
      'a venue creator',
      person({ canCreateVenues: true }),
      false,
      ['Stop creating venues', 'Make administrator'],
    ],
    [
      'another administrator',
      person({ siteAdmin: true, canCreateVenues: true }),
      false,
      ['Remove administrator'],
    ],
    ['oneself as administrator', person({ siteAdmin: true, canCreateVenues: true }), true, []],
    [
      'an administrator from the configuration',
      person({ siteAdmin: true, canCreateVenues: true, adminByConfiguration: true }),
      false,
      [],
    ],
  ])('%s', (_case, target, isSelf, labels) => {
    expect(actionsFor(target, isSelf).map((action) => action.label)).toEqual(labels);
  });
});
