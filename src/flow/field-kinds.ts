// Every kind a flow component can be, defined once: the raw MileApp `type`/`inputType` spellings that
// make an input component of that kind, and whether the kind holds a value when a task is created.
// A kind added here is a compile error at each place that must handle it (docs/architecture.md,
// "Add a field kind").

interface KindInfo {
  /** lower-case, letters only (see typeKey): `PhoneNumber`, `phone_number` → `phonenumber` */
  readonly inputTypes: readonly string[];
  /** sent in the POST /task body; view, mobile and unsupported components are not */
  readonly carriesValue: boolean;
}

export const FIELD_KINDS = {
  text: { inputTypes: ['string', 'text', 'textarea'], carriesValue: true },
  address: { inputTypes: ['address'], carriesValue: true },
  phone: { inputTypes: ['phonenumber', 'phone', 'tel'], carriesValue: true },
  url: { inputTypes: ['url'], carriesValue: true },
  number: { inputTypes: ['numeric', 'number', 'integer', 'decimal'], carriesValue: true },
  currency: { inputTypes: ['currency'], carriesValue: true },
  date: { inputTypes: ['date'], carriesValue: true },
  datetime: { inputTypes: ['datetime'], carriesValue: true },
  time: { inputTypes: ['time'], carriesValue: true },
  geolocation: { inputTypes: ['geolocation', 'coordinate', 'coordinates'], carriesValue: true },
  /** a `select` component: one option, or several when `max` > 1 */
  select: { inputTypes: [], carriesValue: true },
  /** read-only display; `value` may be a literal or `$otherId` */
  view: { inputTypes: [], carriesValue: false },
  /** photo, signature, bill, list, timer, voice, capture, subpage: filled in the mobile app */
  mobile: { inputTypes: [], carriesValue: false },
  /** anything we do not know: rendered as "not supported here", never sent */
  unsupported: { inputTypes: [], carriesValue: false },
} as const satisfies Record<string, KindInfo>;

/** What a component is for the purpose of creating a task. */
export type FieldKind = keyof typeof FIELD_KINDS;

export const ALL_KINDS = Object.keys(FIELD_KINDS) as FieldKind[];

/** The end of a `switch` over kinds: a kind without a case is a compile error here. */
export function unhandledKind(kind: never): never {
  throw new Error(`Unhandled field kind: ${String(kind)}`);
}
