import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms`; `flush` makes it current now (Enter, a button). */
export function useDebounced<T>(value: T, ms: number): [T, (now: T) => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [settled, setSettled];
}
