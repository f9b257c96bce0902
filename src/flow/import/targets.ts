// What a spreadsheet column can fill for one flow: each component that carries a value at creation (plus
// its unit, or its location as two columns) and the task's own hub, assignees and times.
import { carriesValue, hasUnits } from '../compile';
import type { FieldSpec, FlowSpec } from '../types';
import { isAbsent } from '../values';
import type { ImportTarget, MetaTarget } from './types';

export const META_TITLES: Readonly<Record<MetaTarget, string>> = {
  hubId: 'Hub',
  assignee: 'Assignee',
  startTime: 'Start time',
  endTime: 'End time',
};

export const unitTarget = (id: string): string => `${id}_unit`;
export const latTarget = (id: string): string => `${id}:lat`;
export const lngTarget = (id: string): string => `${id}:lng`;

/** Components a select's show or fill rule reveals: hidden until then, so their column may be absent. */
function conditionalIds(flow: FlowSpec): Set<string> {
  const ids = new Set<string>();
  for (const f of flow.fields)
    for (const rule of f.onSelect ?? [])
      if (rule.action !== 'hide') for (const t of rule.componentAffected) ids.add(t);
  return ids;
}

/**
 * A column must be mapped when every row would otherwise fail: the component is required, shown, not
 * revealed only by a rule, and has no default to fall back on.
 */
function needsColumn(f: FieldSpec, conditional: ReadonlySet<string>): boolean {
  return f.required && !conditional.has(f.id) && isAbsent(f.defaultValue);
}

/**
 * The targets of a flow, in its order, then hub, assignee, start and end. Components the flow hides
 * (`visible: false`) are not offered: the form does not let people set them either, their default is sent.
 */
export function importTargets(flow: FlowSpec): ImportTarget[] {
  const conditional = conditionalIds(flow);
  const seen = new Set<string>();
  const targets: ImportTarget[] = [];
  for (const field of flow.fields) {
    if (seen.has(field.id) || !carriesValue(field) || !field.visible) continue;
    seen.add(field.id);
    targets.push({
      id: field.id,
      title: field.title,
      required: needsColumn(field, conditional),
      role: 'field',
      field,
    });
    if (hasUnits(field))
      targets.push({
        id: unitTarget(field.id),
        title: `${field.title} unit`,
        required: false,
        role: 'unit',
        field,
      });
    if (field.kind === 'geolocation') {
      targets.push({
        id: latTarget(field.id),
        title: `${field.title} latitude`,
        required: false,
        role: 'lat',
        field,
      });
      targets.push({
        id: lngTarget(field.id),
        title: `${field.title} longitude`,
        required: false,
        role: 'lng',
        field,
      });
    }
  }
  targets.push({ id: 'hubId', title: META_TITLES.hubId, required: true, role: 'meta' });
  for (const id of ['assignee', 'startTime', 'endTime'] as const)
    targets.push({ id, title: META_TITLES[id], required: false, role: 'meta' });
  return targets;
}
