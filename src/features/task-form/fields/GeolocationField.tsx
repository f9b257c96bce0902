import { useController, useWatch } from 'react-hook-form';
import { useHubs } from '../../../api/get-hubs';
import { formatCoordinates, parseCoordinates } from '../../../flow/coordinates';
import { useTaskForm, type LocationRenderProps } from '../form-context';
import type { FieldProps } from './field-props';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldText } from './use-field-error';

/**
 * Coordinates "lat,lng". The map picker belongs to the location feature, which the app passes in as
 * `renderLocation`; without it the field is a text input that still normalises pasted links.
 */
export function GeolocationField({ field, name, readOnly, error }: FieldProps) {
  const { control, renderLocation } = useTaskForm();
  const {
    field: { ref: bindInput, value, onChange, onBlur },
  } = useController({ control, name: name as never });
  const { inputId, errorId, message, invalid } = useFieldText(name, field.title, error);
  const hub = useChosenHub();
  const props: LocationRenderProps = {
    id: inputId,
    label: field.title,
    value: typeof value === 'string' ? value : '',
    onChange,
    onBlur,
    bindInput,
    required: field.required,
    readOnly,
    invalid,
    describedBy: describedBy(invalid && errorId),
    hub,
  };
  return (
    <FieldFrame
      inputId={inputId}
      label={field.title}
      required={field.required}
      errorId={errorId}
      error={message}
      className={renderLocation ? 'field-wide field-map' : undefined}
    >
      {renderLocation ? renderLocation(props) : <PlainCoordinates {...props} />}
    </FieldFrame>
  );
}

function useChosenHub(): LocationRenderProps['hub'] {
  const { control } = useTaskForm();
  const hubId = useWatch({ control, name: 'hubId', exact: true });
  const hubs = useHubs();
  const hub = hubs.data?.find((h) => h._id === hubId);
  if (!hub || typeof hub.lat !== 'number' || typeof hub.lng !== 'number') return undefined;
  return { lat: hub.lat, lng: hub.lng, name: hub.name };
}

function PlainCoordinates({ bindInput, ...p }: LocationRenderProps) {
  const normalise = (text: string) => {
    const point = parseCoordinates(text);
    return point ? formatCoordinates(point) : text;
  };
  return (
    <input
      id={p.id}
      ref={bindInput}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      readOnly={p.readOnly}
      aria-required={p.required || undefined}
      aria-invalid={p.invalid || undefined}
      aria-describedby={p.describedBy}
      value={p.value}
      onChange={(e) => p.onChange(e.target.value)}
      onBlur={(e) => {
        p.onChange(normalise(e.target.value));
        p.onBlur();
      }}
    />
  );
}
