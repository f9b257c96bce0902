import { useSyncExternalStore } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useHubs } from '../../../api/get-hubs';
import { usePlaceSettings } from '../../../api/place-settings';
import { isZeroZero, parseCoordinates } from '../../../flow/coordinates';
import { placeNameIn } from '../../../flow/place-text';
import { useT } from '../../../i18n/i18n';
import { useTaskForm, type LocationRenderProps } from '../form-context';
import { CoordinateNote } from './CoordinateNote';
import type { FieldProps } from './field-props';
import { describedBy, FieldFrame, fieldErrorText } from './FieldFrame';
import { useCoordinateText } from './use-coordinate-text';
import { useFieldText } from './use-field-error';

/**
 * Coordinates "lat,lng". The map picker belongs to the location feature, which the app passes in as
 * `renderLocation`; without it the field is a text input. Either way the error and how the text was read
 * sit right under the input (`below`), not under the map.
 */
export function GeolocationField({ field, name, readOnly, error }: FieldProps) {
  const t = useT();
  const { control, renderLocation, zeros, setValue, places } = useTaskForm();
  const {
    field: { ref: bindInput, value, onChange, onBlur },
  } = useController({ control, name: name as never });
  const { inputId, errorId, message, invalid } = useFieldText(name, field.title, error);
  const hub = useChosenHub();
  const text = typeof value === 'string' ? value : '';
  const coords = useCoordinateText(text, hub, (next) => {
    // a confirmed 0,0 is confirmed only until the location is something else
    const point = parseCoordinates(next);
    if (!point || !isZeroZero(point)) zeros.set(name, false);
    onChange(next);
  });
  const address = useLinkedAddress(name);
  const findRequest = useSyncExternalStore(places.subscribe, () => places.requestOf(name));
  // a place name is not a format mistake: the location field offers to search for it instead
  const named = invalid && renderLocation !== undefined ? placeNameIn(text) : null;
  const searchable = usePlaceSettings(named !== null).data?.provider !== 'none';
  const placeName = searchable ? named : null;
  const noteId = `${inputId}-note`;
  const hasNote = coords.zero || coords.reading !== null;
  const props: LocationRenderProps = {
    id: inputId,
    label: field.title,
    value: text,
    onChange: coords.change,
    onCommit: coords.commit,
    onBlur,
    bindInput,
    required: field.required,
    readOnly,
    invalid,
    describedBy: describedBy(invalid && errorId, hasNote && noteId),
    hub,
    address,
    findRequest,
    below: (
      <>
        {fieldErrorText(errorId, placeName ? t('place.nameNotCoordinates', { text: placeName }) : message)}
        <CoordinateNote
          id={noteId}
          reading={coords.reading}
          zero={coords.zero}
          hubName={hub?.name}
          confirmed={zeros.has(name)}
          onConfirm={(yes) => {
            zeros.set(name, yes);
            // the form's check of this field depends on the answer: run it again
            setValue(name as never, text as never, { shouldValidate: true });
          }}
        />
      </>
    ),
  };
  return (
    <FieldFrame
      inputId={inputId}
      label={field.title}
      required={field.required}
      errorId={errorId}
      className={renderLocation ? 'field-wide field-map' : undefined}
    >
      {renderLocation ? renderLocation(props) : <PlainCoordinates {...props} />}
    </FieldFrame>
  );
}

/** The linked Address field's text, and how to fill it as if the person had typed it (drafts follow). */
function useLinkedAddress(name: string): LocationRenderProps['address'] {
  const { control, places, setValue } = useTaskForm();
  const link = places.addressOf(name);
  const watched = useWatch({ control, name: (link?.name ?? name) as never, disabled: !link });
  if (!link) return undefined;
  return {
    label: link.title,
    text: typeof watched === 'string' ? watched : '',
    fill(text) {
      setValue(link.name as never, text as never, { shouldDirty: true, shouldValidate: true });
      // setValue is silent to the autosave (it is for changes the person did not make): this one they did
      void control
        .register(link.name as never)
        .onChange({ target: { name: link.name, value: text }, type: 'change' });
    },
  };
}

function useChosenHub(): LocationRenderProps['hub'] {
  const { control } = useTaskForm();
  const hubId = useWatch({ control, name: 'hubId', exact: true });
  const hubs = useHubs();
  const hub = hubs.data?.find((h) => h._id === hubId);
  if (!hub || typeof hub.lat !== 'number' || typeof hub.lng !== 'number') return undefined;
  return { lat: hub.lat, lng: hub.lng, name: hub.name };
}

function PlainCoordinates({ bindInput, below, ...p }: LocationRenderProps) {
  return (
    <>
      <input
        id={p.id}
        ref={bindInput}
        type="text"
        autoComplete="off"
        spellCheck={false}
        readOnly={p.readOnly}
        aria-required={p.required || undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={p.describedBy}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') p.onCommit(e.currentTarget.value);
        }}
        onBlur={(e) => {
          p.onCommit(e.target.value);
          p.onBlur();
        }}
      />
      {below}
    </>
  );
}
