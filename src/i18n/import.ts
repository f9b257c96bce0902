// Imported for its effect by the import screen: its text joins the dictionaries when its chunk loads,
// not in the first screen's bundle (the pattern of work.ts).
import { registerMessages } from './i18n';
import { importEn } from './import-en';
import { importId } from './import-id';

registerMessages({ en: importEn, id: importId });
