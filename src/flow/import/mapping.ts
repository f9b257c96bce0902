// TEMP stand-in for Part A (flow-import): dropped when the real one is merged.
import type { ColumnMapping, ImportPreset, ImportTarget } from './types';

const norm = (s: string) => s.toLowerCase().replace(/\*/g, '').replace(/\s+/g, '');
const ALIASES: Record<string, string> = { hub: 'hubId', assignees: 'assignee', petugas: 'assignee' };

export function autoMap(header: string[], targets: ImportTarget[], preset?: ImportPreset): ColumnMapping {
  const used = new Set<string>();
  return header.map((h) => {
    const fromPreset = preset?.fields.find((f) => f.headerColumn === h)?.id;
    const t =
      (fromPreset && targets.find((x) => x.id === fromPreset)) ??
      targets.find((x) => norm(x.id) === norm(h) || norm(x.title) === norm(h)) ??
      targets.find((x) => x.id === ALIASES[norm(h)]);
    if (!t || used.has(t.id)) return null;
    used.add(t.id);
    return t.id;
  });
}

export function missingRequired(mapping: ColumnMapping, targets: ImportTarget[]): ImportTarget[] {
  return targets.filter((t) => t.required && !mapping.includes(t.id));
}

export function presetFromMapping(name: string, referenceId: string, header: string[], mapping: ColumnMapping): ImportPreset {
  const fields = mapping.flatMap((id, i) => (id === null ? [] : [{ id, headerColumn: header[i] ?? '' }]));
  return { name, referenceType: 'flow', referenceId, fields };
}
