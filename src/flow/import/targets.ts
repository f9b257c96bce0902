// TEMP stand-in for Part A (flow-import): dropped when the real one is merged.
import { compileFlow } from '../compile';
import type { FlowSpec } from '../types';
import type { ImportTarget } from './types';

export function importTargets(flow: FlowSpec): ImportTarget[] {
  const c = compileFlow(flow);
  const out: ImportTarget[] = c.valueFields.map((f) => ({ id: f.id, title: f.title, required: f.required && f.visible, role: 'field', field: f }));
  out.push({ id: 'hubId', title: 'Hub', required: true, role: 'meta' });
  out.push({ id: 'assignee', title: 'Assignees', required: false, role: 'meta' });
  out.push({ id: 'startTime', title: 'Start time', required: false, role: 'meta' });
  out.push({ id: 'endTime', title: 'End time', required: false, role: 'meta' });
  return out;
}
