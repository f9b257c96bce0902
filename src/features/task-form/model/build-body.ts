import { localInputToIso } from '../meta/times';
import { buildTaskBody } from '../../../flow/payload';
import type { FormModel, FormShape } from './form-model';

/** The exact POST /task body of the form's current values; times are meant in `zone` (the hub's). */
export function bodyOf(
  model: FormModel,
  values: FormShape,
  zone: string | undefined,
): Record<string, unknown> {
  return buildTaskBody(model.flow, model.toFlowValues(values.v ?? {}), {
    hubId: values.hubId ?? '',
    assignee: Array.isArray(values.assignee) ? values.assignee : [],
    startTime: localInputToIso(values.startTime, zone),
    endTime: localInputToIso(values.endTime, zone),
  });
}
