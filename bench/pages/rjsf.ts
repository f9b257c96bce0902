// react-jsonschema-form (core + ajv8 validator) as its docs show it: an uncontrolled <Form>, default
// settings (validation on submit), the same 300 fields from the same JSON Schema.
import './instrument';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { jsonSchema300, rjsfUiSchema300 } from '../flow-300-schemas';
import { mountButtons } from './mount-buttons';

const schema = jsonSchema300();
const uiSchema = rjsfUiSchema300();
let root: ReturnType<typeof createRoot> | null = null;

const host = mountButtons(
  () => {
    root ??= createRoot(host);
    root.render(h(Form, { schema, uiSchema, validator }));
  },
  () => root?.render(null),
);
