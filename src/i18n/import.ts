// Imported for its effect by the spreadsheet import's modules: its text joins the dictionaries when the
// import's chunk loads, not in the first screen's bundle.
import { registerMessages } from './i18n';
import { importEn } from './import-en';
import { importId } from './import-id';

registerMessages({ en: importEn, id: importId });
