import { useCallback, useState } from 'react';

export const LAST_FLOW_KEY = 'taskComposer.lastFlow';

export function lastUsedFlow(): string | null {
  try {
    return localStorage.getItem(LAST_FLOW_KEY);
  } catch {
    return null;
  }
}

function remember(name: string): void {
  try {
    localStorage.setItem(LAST_FLOW_KEY, name);
  } catch {
    // not remembered across visits; the choice still holds for now
  }
}

/**
 * The chosen flow name: the one picked in this visit, else the last one used if it still exists.
 * Every pick is remembered for the next visit.
 */
export function useFlowSelection(
  names: readonly string[] | undefined,
): [string | null, (name: string) => void] {
  const [picked, setPicked] = useState<string | null>(null);
  const select = useCallback((name: string) => {
    setPicked(name);
    remember(name);
  }, []);
  const candidate = picked ?? lastUsedFlow();
  const selected = candidate !== null && names?.includes(candidate) ? candidate : null;
  return [selected, select];
}
