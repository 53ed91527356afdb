// Selections that several features show the same way. A feature's own shared selections live in its
// `*.operations.ts`; these are the ones that cross features. Spread them (`...PersonFields`) instead
// of retyping the fields, so every page asks for, and is typed with, the same shape.
import { graphql } from '../gql';

/** A person as lists, bylines and "decided by" lines name them. */
export const PersonFieldsFragment = graphql(`
  fragment PersonFields on User {
    id
    name
  }
`);

/** A venue as a link or a heading names it. */
export const VenueNameFieldsFragment = graphql(`
  fragment VenueNameFields on Venue {
    id
    name
    shortName
  }
`);
