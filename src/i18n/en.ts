// English interface text. Flat keys; `id.ts` must have exactly the same keys (the type checks it).
// `{name}` placeholders are filled by useT(). Flow titles are data and never go through here.
export const en = {
  'app.title': 'Task Composer',
  'app.skipToContent': 'Skip to content',
  'app.language': 'Language',
  'app.disconnect': 'Disconnect',
  'app.disconnectWaiting':
    'Tasks still waiting to be sent with this account: {count}. If you disconnect, they stay on this device and are sent when this account connects again.',
  'app.stayConnected': 'Stay connected',
  'app.disconnectAnyway': 'Disconnect anyway',
  'app.connectedTo': 'Connected to {host}',
  'app.offline': 'Offline',
  'app.sessionExpired': 'The server refused your token. Connect again: your form is kept.',
  'app.unchecked':
    'Connected without checking the token, because this device is offline. It is checked as soon as the server can be reached.',
  'app.newTask': 'Create a task',
  'app.loadingFlow': 'Loading the flow…',

  'error.title': 'Something went wrong',
  'error.reload': 'Reload the page',
  'error.retry': 'Try again',
  'error.network': 'Cannot reach the server at {url}. Check the address and your connection.',
  'error.blockedByPolicy':
    'This page may not call {origin}: the Task Composer server that serves it does not allow that address. Add {origin} to its CONNECT_ORIGINS setting, or use its own API address.',
  'error.timeout': 'The server at {url} did not answer in time. Try again.',
  'error.unauthorized': 'The server refused this API token. Check that it is complete and not expired.',
  'error.forbidden': 'This token is not allowed to do that.',
  'error.rateLimited': 'Too many requests. Wait a minute and try again.',
  'error.notFound': 'Not found.',
  'error.server': 'The server failed ({status}): {message}',
  'error.notJson': 'The address {url} did not answer like a MileApp API. Check the API base URL.',

  'connection.heading': 'Connect to MileApp',
  'connection.intro': 'Enter the API address and an access token (web.mile.app → Profile → Access Token).',
  'connection.baseUrl': 'API base URL',
  'connection.token': 'API token',
  'connection.remember': 'Remember on this device',
  'connection.rememberHint': 'Otherwise the token is forgotten when this tab closes.',
  'connection.connect': 'Connect',
  'connection.connecting': 'Connecting…',
  'connection.useDemo': 'Use demo account',
  'connection.demoHint': 'This server runs a demo organisation.',
  'connection.offline':
    'This device is offline. You can still connect: the token is checked once the connection returns.',
  'connection.connectUnchecked': 'Connect without checking',
  'connection.baseUrlInvalid': 'Enter a full address starting with http:// or https://.',
  'connection.tokenRequired': 'Enter the API token.',
  'connection.showToken': 'Show token',

  'flowPicker.label': 'Flow',
  'flowPicker.placeholder': 'Search flows',
  'flowPicker.noMatch': 'No flow matches “{query}”.',
  'flowPicker.noFlows': 'This organisation has no flows yet.',
  'flowPicker.loading': 'Loading flows…',
  'flowPicker.saved': 'Offline: showing the flows saved on this device at {time}.',
  'flowPicker.count': '{count} flows',
  'flowPicker.toggle': 'Show all flows',
  'flowPicker.importMany': 'Import many tasks',
  'flowPicker.loadingImport': 'Loading the import…',
  'flowPicker.fields': '{count} fields',

  'outbox.flowMissing':
    'This task cannot be opened: the flow “{flow}” is not in this organisation’s flow list. It stays in the outbox.',
  'outbox.replaceDraft':
    'You have a draft of “{flow}” that has not been sent. Opening this task in the form replaces that draft.',
  'outbox.keepDraft': 'Keep my draft',
  'outbox.replaceDraftConfirm': 'Replace the draft',
};
