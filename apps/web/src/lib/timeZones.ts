/** "Anywhere on earth", the zone many ML deadlines use; Intl lists it under Etc/ only in some engines. */
export const ANYWHERE_ON_EARTH = 'Etc/GMT+12';

let cached: string[] | null = null;

/** Every IANA zone this browser knows, with AoE and UTC first. */
export function timeZoneOptions(): { value: string; label: string }[] {
  if (cached === null) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = [...new Set(['UTC', ...zones])].filter((zone) => zone !== ANYWHERE_ON_EARTH);
  }
  return [
    { value: ANYWHERE_ON_EARTH, label: 'Anywhere on Earth (Etc/GMT+12)' },
    ...cached.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
  ];
}

/** The browser's own zone, a sensible default for a new venue. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
