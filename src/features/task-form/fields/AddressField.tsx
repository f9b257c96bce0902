import { useWatch } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { useTaskForm } from '../form-context';
import type { FieldProps } from './field-props';
import { InputField } from './InputField';

/**
 * Addresses run over several lines (street, district, city). One linked to a location field (`geocodeAs`,
 * or the flow's only pair) offers "Find on map": its location field searches for the text.
 */
export function AddressField(props: FieldProps) {
  const { places, renderLocation } = useTaskForm();
  const target = renderLocation && !props.readOnly ? places.locationOf(props.name) : undefined;
  return InputField({
    ...props,
    multiline: true,
    autoComplete: 'street-address',
    after: target ? <FindOnMap name={props.name} target={target} /> : undefined,
  });
}

function FindOnMap({ name, target }: { name: string; target: string }) {
  const t = useT();
  const { control, places } = useTaskForm();
  const text: unknown = useWatch({ control, name: name as never });
  const typed = typeof text === 'string' ? text.trim() : '';
  return (
    <div className="field-actions">
      <button
        type="button"
        className="button button-small"
        disabled={typed === ''}
        onClick={() => places.find(target, typed)}
      >
        {t('place.findOnMap')}
      </button>
    </div>
  );
}
