// Imported for its effect by the outbox's views: their text joins the dictionaries when their chunk loads,
// not in the first screen's bundle (the pattern of work.ts).
import { registerMessages } from './i18n';
import { outboxEn } from './outbox-en';
import { outboxId } from './outbox-id';

registerMessages({ en: outboxEn, id: outboxId });
