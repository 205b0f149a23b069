/*
 * How migration CatalogActivityTags maps the free-text capability tags of pilots and lessons onto
 * a program's catalog. Pure and frozen with that migration: later catalog rules must not change
 * what it did.
 */

export interface CatalogCapabilityRow {
  id: string;
  name: string;
}

export interface CatalogActivityRow {
  id: string;
  name: string;
  capabilityId: string;
}

/**
 * Where one tag goes: an existing activity, or a new activity named as the tag under a capability
 * (`capabilityId` null = the program's fallback capability, created for tags that match nothing).
 */
export type TagTarget = { kind: 'existing'; activityId: string } | { kind: 'new'; name: string; capabilityId: string | null };

/** The capability that collects tags matching no activity and no capability, so no tag's meaning is lost. */
export const FALLBACK_CAPABILITY_NAME = 'Other (from earlier free-text tags)';

/** Case- and space-insensitive key a tag is matched by. */
export const tagKey = (tag: string): string => tag.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * One target per distinct tag key of a program: an activity of the same name first; else a new
 * activity under the capability of the same name (the tag named a whole capability, which pilots
 * and lessons no longer refer to); else a new activity under the fallback capability. Guessing a
 * "closest" activity would change what people wrote, so anything unmatched keeps its own words.
 */
export function mapTagsToCatalog(tags: readonly string[], capabilities: readonly CatalogCapabilityRow[], activities: readonly CatalogActivityRow[]): Map<string, TagTarget> {
  const activityByKey = new Map(activities.map((activity) => [tagKey(activity.name), activity.id]));
  const capabilityByKey = new Map(capabilities.map((capability) => [tagKey(capability.name), capability.id]));
  const targets = new Map<string, TagTarget>();
  for (const tag of tags) {
    const key = tagKey(tag);
    if (!key || targets.has(key)) continue;
    const activityId = activityByKey.get(key);
    if (activityId) targets.set(key, { kind: 'existing', activityId });
    else targets.set(key, { kind: 'new', name: tag.trim().replace(/\s+/g, ' '), capabilityId: capabilityByKey.get(key) ?? null });
  }
  return targets;
}
