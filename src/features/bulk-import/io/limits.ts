// The import's limits (decision 045): ten times MileApp's own web import, and MileApp's file size cap.
export const MAX_ROWS = 10_000;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);
