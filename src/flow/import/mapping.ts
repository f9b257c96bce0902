// Which column fills which target: a saved preset first, then the target's id, its title (English and
// Indonesian for the task's own keys), the title's meaning in other words, then common aliases (docs/decisions/041-column-mapping-and-presets.md).
import {
  ALIAS_GROUPS,
  headerKey,
  LAT_WORDS,
  LNG_WORDS,
  meaning,
  META_NAMES,
  UNIT_WORDS,
  words,
} from './aliases';
import { latTarget, lngTarget, unitTarget } from './targets';
import type { ColumnMapping, ImportPreset, ImportTarget, MetaTarget, TargetId } from './types';

/** `Phone (phone2) *`: a header that names its target's id, as the template writes it when titles clash. */
const NAMED_ID = /\(([^()]+)\)\s*\*?\s*$/;

type Tier = (key: string, header: string, taken: ReadonlySet<TargetId>) => TargetId | undefined;

function register(map: Map<string, TargetId>, key: string, id: TargetId): void {
  if (key !== '' && !map.has(key)) map.set(key, id);
}

function idTier(targets: readonly ImportTarget[]): Tier {
  const byId = new Map<string, TargetId>();
  for (const t of targets) register(byId, headerKey(t.id), t.id);
  return (key) => byId.get(key);
}

function namedIdTier(targets: readonly ImportTarget[]): Tier {
  const ids = new Set(targets.map((t) => t.id));
  return (_key, header) => {
    const id = NAMED_ID.exec(header)?.[1]?.trim();
    return id !== undefined && ids.has(id) ? id : undefined;
  };
}

/** Titles of components and of their unit and location halves, then the task's own keys in both languages. */
function titleTier(targets: readonly ImportTarget[]): Tier {
  const byTitle = new Map<string, TargetId>();
  for (const t of targets) if (t.role === 'field') register(byTitle, headerKey(t.title), t.id);
  for (const t of targets) {
    if (!t.field) continue;
    const title = headerKey(t.field.title);
    const halves: [readonly string[], string][] =
      t.role === 'unit'
        ? [[UNIT_WORDS, unitTarget(t.field.id)]]
        : t.role === 'lat'
          ? [[LAT_WORDS, latTarget(t.field.id)]]
          : t.role === 'lng'
            ? [[LNG_WORDS, lngTarget(t.field.id)]]
            : [];
    for (const [list, id] of halves) for (const w of list) register(byTitle, title + w, id);
    for (const [list, id] of halves) for (const w of list) register(byTitle, w + title, id);
  }
  for (const t of targets)
    if (t.role === 'meta') for (const n of META_NAMES[t.id as MetaTarget]) register(byTitle, n, t.id);
  // A bare "Latitude" belongs to the first location of the flow, a bare "Satuan" to its first unit.
  for (const t of targets) {
    if (t.role === 'lat') for (const w of LAT_WORDS) register(byTitle, w, t.id);
    if (t.role === 'lng') for (const w of LNG_WORDS) register(byTitle, w, t.id);
    if (t.role === 'unit') for (const w of UNIT_WORDS) register(byTitle, w, t.id);
  }
  return (key) => byTitle.get(key);
}

/**
 * The same meaning in other words: a header whose words (Indonesian read as English) are those of one
 * component's title, or a part of one title only (`Penerima` → "Receiver name").
 */
function meaningTier(targets: readonly ImportTarget[]): Tier {
  const fields = targets
    .filter((t) => t.role === 'field' && t.field)
    .map((t) => ({ id: t.id, title: meaning(t.field?.title ?? '') }));
  return (_key, header) => {
    const said = meaning(header);
    if (said.size === 0) return undefined;
    const covers = (title: ReadonlySet<string>) => [...said].every((w) => title.has(w));
    const same = fields.filter((f) => f.title.size === said.size && covers(f.title));
    const within = same.length > 0 ? same : fields.filter((f) => covers(f.title));
    // more than one title fits: a guess would put a column in the wrong field without a word
    return within.length === 1 ? within[0]?.id : undefined;
  };
}

/**
 * How strongly a component belongs to an alias group: its whole id or title (3), a word of its title (2),
 * its kind (1). Words of an id are not enough: `lockerNote` is not where a sheet's "Catatan" belongs.
 */
function strength(t: ImportTarget, names: ReadonlySet<string>, kind: string | undefined): number {
  const f = t.field;
  if (!f) return 0;
  if (names.has(headerKey(f.id)) || names.has(headerKey(f.title))) return 3;
  if (words(f.title).some((w) => names.has(w))) return 2;
  return kind !== undefined && f.kind === kind ? 1 : 0;
}

function aliasTier(targets: readonly ImportTarget[]): Tier {
  const fields = targets.filter((t) => t.role === 'field');
  const candidates = ALIAS_GROUPS.map((g) =>
    fields
      .map((t, order) => ({ id: t.id, score: strength(t, g.names, g.kind), order }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map((c) => c.id),
  );
  return (key, _header, taken) => {
    for (let g = 0; g < ALIAS_GROUPS.length; g++) {
      if (!ALIAS_GROUPS[g]!.names.has(key)) continue;
      const free = candidates[g]!.find((id) => !taken.has(id));
      if (free !== undefined) return free;
    }
    return undefined;
  };
}

function presetTier(targets: readonly ImportTarget[], preset: ImportPreset | undefined): Tier {
  const ids = new Set(targets.map((t) => t.id));
  const byHeader = new Map<string, TargetId>();
  for (const f of preset?.fields ?? [])
    if (ids.has(f.id)) register(byHeader, headerKey(f.headerColumn), f.id);
  return (key) => byHeader.get(key);
}

/**
 * Each column's target. A column that matches a target already taken by an earlier column (or an earlier
 * tier) stays unmapped: two columns never fill one target.
 */
export function autoMap(header: string[], targets: ImportTarget[], preset?: ImportPreset): ColumnMapping {
  const mapping: ColumnMapping = header.map(() => null);
  const keys = header.map((h) => headerKey(String(h ?? '')));
  const taken = new Set<TargetId>();
  const decided = new Set<number>();
  const tiers = [
    presetTier(targets, preset),
    namedIdTier(targets),
    idTier(targets),
    titleTier(targets),
    meaningTier(targets),
    aliasTier(targets),
  ];
  for (const tier of tiers)
    keys.forEach((key, col) => {
      if (decided.has(col) || key === '') return;
      const target = tier(key, String(header[col] ?? ''), taken);
      if (target === undefined) return;
      decided.add(col);
      if (taken.has(target)) return;
      taken.add(target);
      mapping[col] = target;
    });
  return mapping;
}

/**
 * Targets that must have a column and have none. A location counts as mapped in one column or in two
 * (latitude and longitude); one half without the other is itself missing.
 */
export function missingRequired(mapping: ColumnMapping, targets: ImportTarget[]): ImportTarget[] {
  const mapped = new Set(mapping.filter((m): m is TargetId => m !== null));
  return targets.filter((t) => {
    if (mapped.has(t.id)) return false;
    const f = t.field;
    if (
      t.role === 'field' &&
      f?.kind === 'geolocation' &&
      mapped.has(latTarget(f.id)) &&
      mapped.has(lngTarget(f.id))
    )
      return false;
    if (t.role === 'lat' && f) return mapped.has(lngTarget(f.id));
    if (t.role === 'lng' && f) return mapped.has(latTarget(f.id));
    return t.required;
  });
}

/** A mapping in the shape of MileApp's import presets: one entry per mapped column. */
export function presetFromMapping(
  name: string,
  referenceId: string,
  header: string[],
  mapping: ColumnMapping,
): ImportPreset {
  const fields: ImportPreset['fields'] = [];
  mapping.forEach((id, col) => {
    if (id !== null && id !== undefined) fields.push({ id, headerColumn: header[col] ?? '' });
  });
  return { name, referenceType: 'flow', referenceId, fields };
}
