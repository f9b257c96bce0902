// The browser's own IndexedDB API as promises: the three calls the outbox and the import store need, so
// neither brings a wrapper library.

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    req.onsuccess = () => done(req.result);
    req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves once the transaction is committed, not merely when its requests succeeded. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((done, fail) => {
    tx.oncomplete = () => done();
    tx.onabort = () => fail(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => fail(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** Opens a database, creating its stores in `upgrade` when the version is new to this browser. */
export function openDatabase(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => done(req.result);
    req.onerror = () => fail(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => fail(new Error('IndexedDB is blocked by another tab'));
  });
}
