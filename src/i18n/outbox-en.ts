// English text of the outbox's views (its panel, the list waiting on the connection screen) and of what
// the workspace says when a task is opened from the panel (only the panel opens one, so this text is in by
// then). The views are chunks loaded on demand: their text is registered with them (see outbox.ts), not in
// the first screen's bundle. Same rules as en.ts.
export const outboxEn = {
  'outbox.heading': 'Outbox',
  'outbox.intro': 'Tasks that could not be sent yet. They are kept on this device and sent automatically.',
  'outbox.offline': 'You are offline. New tasks are kept in the outbox and sent when the connection returns.',
  'outbox.notPersistent':
    'This browser does not let the outbox be kept: leave this tab open until the tasks are sent.',
  'outbox.device.heading': 'Waiting on this device ({count})',
  'outbox.device.intro':
    'Kept here until they are created. They are sent once you connect with the account they were made under.',
  'outbox.otherAccounts':
    '{count} more kept for another account or server: they are sent when it is connected.',
  'outbox.otherAccountsShow': 'Show the ones kept for this server',
  'outbox.adoptHint':
    'Send one with the account connected now only if it is the same organisation (for example after a new token): it is created in this account’s organisation.',
  'outbox.adopt': 'Send with this account',
  'outbox.sendNow': 'Send now',
  'outbox.clearCreated': 'Clear created',
  'outbox.flowMissing':
    'This task cannot be opened: the flow “{flow}” is not in this organisation’s flow list. It stays in the outbox.',
  'outbox.replaceDraft':
    'You have a draft of “{flow}” that has not been sent. Opening this task in the form replaces that draft.',
  'outbox.keepDraft': 'Keep my draft',
  'outbox.replaceDraftConfirm': 'Replace the draft',
  'outbox.reopen': 'Open in form',
  'outbox.discard': 'Discard',
  'outbox.remove': 'Clear from this list',
  'outbox.edit': 'Edit',
  'outbox.putBack': 'Send as it was',
  'outbox.cancel': 'Cancel',
  'outbox.cancelConfirm': 'Cancel “{label}”? It is removed from this device and not sent.',
  'outbox.cancelMaybeCreated':
    'A try got no answer, so the server may have created it already: check Recent tasks.',
  'outbox.cancelKeep': 'Keep it',
  'outbox.cancelConfirmYes': 'Cancel the task',
  'outbox.untitled': '(no title)',
  'outbox.queuedAt': 'Queued at {time}',
  'outbox.taskId': 'Task ID {id}',
  'outbox.state.waiting': 'Waiting',
  'outbox.state.sending': 'Sending',
  'outbox.state.created': 'Created',
  'outbox.state.editing': 'Being edited',
  'outbox.state.failed': 'Failed',
  'outbox.reason.offline': 'No connection. It is sent when the connection returns.',
  'outbox.reason.network': 'The server could not be reached. Trying again automatically.',
  'outbox.reason.timeout': 'The server did not answer in time. Trying again automatically.',
  'outbox.reason.server': 'The server failed ({status}): {message}. Trying again automatically.',
  'outbox.reason.rateLimited': 'Too many requests. Trying again in a minute.',
  'outbox.reason.unauthorized': 'The server refused the token. Connect again to send it.',
  'outbox.reason.maybeCreated':
    'This task may already exist in MileApp: an earlier try reached it but the answer was lost. Check the task list before sending it again.',
  'outbox.reason.rejected': 'The server refused it ({status}): {message}',
  'outbox.reason.editing':
    'Opened in the form: it is not sent until you create it there, or send it as it was.',
  'outbox.reason.fieldsHint': 'Open it in the form to correct it.',
  'outbox.announce.queued': '“{label}” could not be sent now and is kept in the outbox.',
  'outbox.announce.created': '“{label}” was created.',
  'outbox.announce.failed': '“{label}” was refused by the server.',
};
