// The hub of the last task created here: "Create another" and the next visit start from it.
const KEY = 'taskComposer.lastHub';

export function lastHub(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberHub(hubId: string): void {
  try {
    localStorage.setItem(KEY, hubId);
  } catch {
    // storage blocked: the first hub is preselected next time instead
  }
}
