// Job names that one feature enqueues and another handles (the handler registers under the name).

/** Tells each statement's authors that a venue-wide release lets them read its reviews (payload: venueId). */
export const ANNOUNCE_VENUE_RELEASE_JOB = 'reviews.announce-venue-release';
