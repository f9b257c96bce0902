// The 201 body of POST /task, built around the task document serialised once (for the row and the
// answer alike): byte for byte JSON.stringify({ status: true, message: 'Task has been created', task }).
const CREATED_HEAD = '{"status":true,"message":"Task has been created","task":';

/** The 201 body of POST /task for the task serialised as `doc`. */
export function createdJson(doc: string): string {
  return `${CREATED_HEAD}${doc}}`;
}
