import { createContext, useContext, type ReactNode } from 'react';
import type { Control, UseFormGetValues, UseFormSetValue, UseFormSubscribe } from 'react-hook-form';
import type { ErrorStore } from './model/error-store';
import type { FormModel, FormShape } from './model/form-model';
import type { ZoneStore } from './meta/zone-store';
import type { FindRequest, PlaceLinks } from './model/place-links';
import type { RuleStore } from './model/rule-store';
import type { ZeroConfirmations } from './model/zero-confirmations';

/** What the location field is given; the app passes the location feature's field that takes these. */
export interface LocationRenderProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** the person finished typing (leaving the field, Enter) or pasted `text`: the form reads it */
  onCommit(text: string): void;
  onBlur(): void;
  bindInput(el: HTMLInputElement | null): void;
  required: boolean;
  readOnly: boolean;
  invalid: boolean;
  /** ids of the error message and hints, for aria-describedby */
  describedBy?: string;
  /** the chosen hub's position: the map centres there and "Use hub location" copies it */
  hub?: { lat: number; lng: number; name: string };
  /** what goes right under the input: the field's error and how its text was read */
  below?: ReactNode;
  /** the Address field this location is found from: a found address is offered for it, never forced */
  address?: { label: string; text: string; fill(text: string): void };
  /** the latest "Find on map" of that Address: search for its text */
  findRequest?: FindRequest;
}

export type RenderLocation = (props: LocationRenderProps) => ReactNode;

export interface TaskFormContextValue {
  control: Control<FormShape>;
  getValues: UseFormGetValues<FormShape>;
  /** for changes the person did not make (a preselected hub): not autosaved as a draft */
  setValue: UseFormSetValue<FormShape>;
  /** react-hook-form's subscribe: listen to values without re-rendering anything */
  subscribe: UseFormSubscribe<FormShape>;
  model: FormModel;
  rules: RuleStore;
  /** each field's error, by form name: see error-store.ts */
  errors: ErrorStore;
  /** the location fields whose 0,0 the person confirmed */
  zeros: ZeroConfirmations;
  /** the form's own unique id: fields make theirs from it and their name */
  idPrefix: string;
  renderLocation?: RenderLocation;
  /** search text typed into a chooser and not chosen, by form name: sending is refused while it is there */
  typedNotChosen: Map<string, string>;
  /** the time zone the start and end are meant in (the hub's) */
  zone: ZoneStore;
  /** Address ↔ location links and the "Find on map" requests between them */
  places: PlaceLinks;
}

const Ctx = createContext<TaskFormContextValue | null>(null);

export const TaskFormProvider = Ctx.Provider;

export function useTaskForm(): TaskFormContextValue {
  const value = useContext(Ctx);
  if (!value) throw new Error('Task form fields must be rendered inside <TaskForm>.');
  return value;
}
