// English text of the spreadsheet import: kept out of the first screen's bundle and registered when the
// import's chunk loads (see import.ts). Same rules as en.ts.
export const importEn = {
  'import.send.label': 'Creating tasks',
  'import.send.count': '{done} of {total} rows',
  'import.send.rate': '{rate} rows/s',
  'import.send.secondsLeft': 'about {seconds} s left',
  'import.send.minutesLeft': 'about {minutes} min left',
  'import.send.waitingRateLimit': 'The server asks to slow down: going on in {seconds} s.',
  'import.send.waitingNoAnswer':
    'No answer yet ({reason}). Asking again in {seconds} s with the same key, so no task is created twice.',
  'import.send.error':
    'Sending stopped ({reason}). Tasks already created stay created; send again to go on where it stopped.',
  'import.send.elsewhere':
    'This import is being sent in another tab. Go on there, or close it and try again.',
  'import.send.stopped': 'Stopped. {created} of {total} rows are created; send again to go on.',
  'import.send.done': 'Done: {created} created, {failed} not created.',
  'import.send.cancel': 'Cancel',
};
