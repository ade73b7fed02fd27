/**
 * A first-come, first-served lock for async work. SQLite has one write connection per process;
 * a transaction body that awaits must have it to itself until COMMIT (db/transaction.ts).
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    // The next holder waits for this one to finish, whether it succeeded or failed.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
