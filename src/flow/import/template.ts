// TEMP stand-in for Part A (flow-import): dropped when the real one is merged.
import type { FlowSpec } from '../types';
import { importTargets } from './targets';
import type { Cell, ImportLists, TemplateModel } from './types';

export function templateModel(flow: FlowSpec, lists: ImportLists): TemplateModel {
  const targets = importTargets(flow);
  const columns = targets.map((t) => ({
    target: t.id,
    header: t.required ? `${t.title} *` : t.title,
    required: t.required,
    text: t.field?.kind === 'phone' || t.field?.kind === 'text',
  }));
  const example: Cell[] = targets.map((t) =>
    t.id === 'hubId' ? (lists.hubs[0]?.name ?? '') : t.field?.kind === 'number' ? 1 : t.required ? 'Example' : null,
  );
  const rows = [['Hubs', 'Assignees'], ...lists.hubs.map((h, i) => [h.name, lists.users[i]?.email ?? ''])];
  return { columns, example, lists: { name: 'Lists', rows } };
}
