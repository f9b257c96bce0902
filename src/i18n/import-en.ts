// English text of the spreadsheet import, loaded with its chunk and registered by import.ts. Same rules
// as en.ts; the sending keys (`import.send.*`) are the sender's.
export const importEn = {
  'import.heading': 'Import tasks: {flow}',
  'import.close': 'Close import',
  'import.back': 'Back',
  'import.steps': 'Import steps',
  'import.step.source': 'Choose the rows',
  'import.step.map': 'Match the columns',
  'import.step.review': 'Check, fix and create',
  'import.loadingLists': 'Loading the hubs and users to check the rows against…',
  'import.presetName': '{flow} (Task Composer)',

  'import.template.heading': 'Start from the template',
  'import.template.hint':
    'The flow’s columns (required ones marked *), one example row, and a second sheet listing the hubs, users and options.',
  'import.template.xlsx': 'Download the Excel template (.xlsx)',
  'import.template.csv': 'Download the CSV template',
  'import.template.failed': 'The template could not be made. Try again.',
  'import.template.file': 'import template',
  'import.template.sheet': 'Tasks',

  'import.source.heading': 'Your rows',
  'import.source.limits': 'Up to {rows} rows and {mb} MB per import. The first row names the columns.',
  'import.source.file': 'Spreadsheet file (.xlsx, .csv or .tsv)',
  'import.source.drop': 'Or drop a file on this box.',
  'import.source.reading': 'Reading the rows…',
  'import.source.paste': 'Paste cells from Excel or Google Sheets',
  'import.source.pasteHint': 'Copy the cells with their header row, then paste here: they are read at once.',
  'import.source.readPasted': 'Read the text above',
  'import.source.pasteName': 'Pasted cells',
  'import.source.emptyGrid': 'Type the rows in an empty grid',
  'import.source.emptyGridHint':
    'A grid with the template’s columns and a few empty rows; add rows as you go.',
  'import.source.gridName': 'Typed rows',
  'import.source.sheet': 'Sheet',
  'import.source.delimiter': 'Column separator',
  'import.source.comma': 'Comma (,)',
  'import.source.semicolon': 'Semicolon (;)',
  'import.source.tab': 'Tab',
  'import.source.legacyEncoding':
    'This file is not saved as UTF-8, so it was read as Windows text. Check that names with accents look right; if not, save it again as “CSV UTF-8”.',

  'import.problem.tooLarge':
    'This file is larger than {max} MB. Split it into smaller files and import them one by one.',
  'import.problem.tooManyRows':
    'This file has {rows} rows; one import takes at most {max}. Split it into smaller files and import them one by one.',
  'import.problem.empty': 'This file is empty: there are no rows to import.',
  'import.problem.noHeader':
    'The first row of this sheet holds values, not column names. Add a header row naming the columns (the template has one).',
  'import.problem.encrypted':
    'This file is protected with a password, or is an old .xls file. Open it in Excel, remove the password, and save it as .xlsx or .csv.',
  'import.problem.corrupt':
    'This file cannot be read: it is damaged or is not really an Excel file. Save it again as .xlsx or .csv.',
  'import.problem.unsupported': 'Only .xlsx, .csv and .tsv files can be imported.',
  'import.problem.encoding':
    'The text of this file is in an encoding that cannot be read here. Save it again as “CSV UTF-8” and import that file.',

  'import.column.named': 'Column {letter}: {title}',
  'import.column.untitled': 'Column {letter} (no title)',
  'import.mapping.summary': '{mapped} of {columns} columns will be imported.',
  'import.mapping.presetUsed':
    'The columns are matched as you saved them the last time you imported into this flow.',
  'import.mapping.noValues': 'empty',
  'import.mapping.skip': 'Do not import',
  'import.mapping.requiredOption': '{name} (required)',
  'import.mapping.notImported': 'Not imported',
  'import.mapping.required': 'Required field',
  'import.mapping.missing': 'Choose a column for each required field before going on:',
  'import.mapping.continue': 'Continue to the check',

  'import.target.hubId': 'Hub',
  'import.target.assignee': 'Assignees',
  'import.target.startTime': 'Start time',
  'import.target.endTime': 'End time',
  'import.target.unit': '{title} (unit)',
  'import.target.lat': '{title} (latitude)',
  'import.target.lng': '{title} (longitude)',

  'import.review.counts': 'Ready to create: {valid}. With errors: {invalid}.',
  'import.review.checking': 'Checking the rows: {done} of {total}…',
  'import.review.sentCounts': 'Sent: {created} created, {refused} refused.',
  'import.review.allCreated': 'All {n} tasks are created.',
  'import.review.onlyErrors': 'Only rows with errors',
  'import.review.addRow': 'Add a row',
  'import.review.gridLabel': 'Rows to import into {flow}',
  'import.review.noErrors': 'No row has an error.',
  'import.review.skipHint':
    'Rows with errors are not sent: fix them in the grid (Enter or double-click edits a cell), or delete them.',
  'import.review.create': 'Create tasks from the ready rows ({n})',
  'import.review.retry': 'Retry failed rows ({n})',
  'import.review.finish': 'Finish this import',
  'import.review.cancel': 'Cancel this import',

  'import.review.onlyUnplaced': 'Only rows to place ({n})',
  'import.review.allPlaced': 'Every row with an address has its place.',

  'import.geocode.start': 'Find coordinates for {n} rows',
  'import.geocode.startHint':
    'From each row’s address, into the {location} column. Coordinates already in the file are kept.',
  'import.geocode.progress': 'Finding places {done} / {total}',
  'import.geocode.cancel': 'Stop finding places',
  'import.geocode.summary': 'Found by search: {found}. To place by hand: {unplaced}.',
  'import.geocode.off':
    'Place search is turned off on this server: type or paste the coordinates in the {location} column.',
  'import.geocode.slow': 'The place search did not answer in time. Try again in a moment.',
  'import.geocode.unreachable': 'The place search could not be reached. Try again in a moment.',

  'import.precision.exact': 'exact place',
  'import.precision.street': 'street',
  'import.precision.area': 'area',
  'import.precision.city': 'town only',

  'import.place.foundBadge': 'Found: {precision}',
  'import.place.foundNote': 'Coordinates found by search from the address: {place} ({precision}).',
  'import.place.none': 'Address not found',
  'import.place.noneNote': 'No place matches “{address}”. Search with other words or type the coordinates.',
  'import.place.several': 'Several places match',
  'import.place.severalNote':
    'Several places match “{address}”. Choose one, search again or type the coordinates.',
  'import.place.approximate': 'Only the town found',
  'import.place.approximateNote':
    'Only the town of “{address}” was found. Use its centre, search for a more exact place or type the coordinates.',

  'import.fix.heading': 'Place row {line} ({i} of {n})',
  'import.fix.candidates': 'Places found',
  'import.fix.place': 'Use {place} ({precision})',
  'import.fix.noResults': 'Nothing found for these words.',
  'import.fix.search': 'Search for the place',
  'import.fix.searchButton': 'Search',
  'import.fix.coordinates': 'Or type or paste the coordinates',
  'import.fix.useCoordinates': 'Use these coordinates',
  'import.fix.coordinatesInvalid':
    'Write the latitude and longitude, for example -6.2, 106.8, or paste a map link.',
  'import.fix.previous': 'Previous row to place',
  'import.fix.next': 'Next row to place',

  'import.status.checking': 'Checking…',
  'import.status.ready': 'Ready',
  'import.status.errors': 'Errors: {n}',
  'import.status.created': 'Created',
  'import.status.refused': 'Refused by the server',

  'import.grid.row': 'Row',
  'import.grid.status': 'Status',
  'import.grid.actions': 'Actions',
  'import.grid.delete': 'Delete',
  'import.grid.deleteRow': 'Delete row {line}',
  'import.grid.openTask': 'Open task {id}',
  'import.grid.editLabel': '{column}, row {line}',
  'import.grid.panelCell': 'Row {line}, {column}',
  'import.grid.sentAs': 'Sent as: {value}',
  'import.grid.panelRow': 'Row {line}',

  'import.failed.download': 'Download failed rows ({n})',
  'import.failed.failed': 'The file could not be made. Try again.',
  'import.failed.column': 'Error',
  'import.failed.sheet': 'Failed rows',
  'import.failed.file': 'import',
  'import.failed.suffix': 'failed rows',

  'import.resume.question':
    'An import of “{name}” into {flow} is not finished ({created} of {rows} rows created). Resume it?',
  'import.resume.flowMissing':
    'An unfinished import into the flow “{flow}” cannot be resumed: this organisation no longer has that flow.',
  'import.resume.resume': 'Resume the import',
  'import.resume.discard': 'Discard it',

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
