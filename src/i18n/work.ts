// Imported for its effect by the modules of the screens after the first one (the form, the result, the
// map): their text joins the dictionaries when their chunk loads, not in the first screen's bundle.
import { registerMessages } from './i18n';
import { workEn } from './work-en';
import { workId } from './work-id';

registerMessages({ en: workEn, id: workId });
