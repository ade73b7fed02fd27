import { applyChange, changeSize, emptyChange, isEmpty, mergeChanges, type Change } from "./save-queue";
import type { AssessmentState } from "./types";

/** What the page shows of the queue; each call says one thing that just happened. */
export interface SaverEvents {
  /** How many skills have edits waiting to go out (the request in flight not counted). */
  queued(size: number): void;
  /** Whether an edit waits for its debounce, so a send is coming. */
  scheduled(yes: boolean): void;
  /** A request went out. */
  sending(): void;
  /** It was saved: the server's merge, with the edits made while it was out laid over it. */
  saved(state: AssessmentState): void;
  /** It failed for good; its edits are back in the queue, waiting for the person. */
  failed(error: unknown): void;
}

/**
 * The edit queue without React: edits wait for a pause, then go out one request at a time.
 * `flush()` answers with a promise instead of a status to watch, so code that must run after the
 * save (leaving the page) waits on the queue itself and not on a render that may or may not see
 * the status change (a status that goes saving → saved between two renders, or that was already
 * "saved" from an earlier edit, left a waiting "Build" click stuck; see FinishSection).
 */
export class Saver {
  private queue: Change = emptyChange();
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: ((saved: boolean) => void)[] = [];
  private disposed = false;

  constructor(
    private readonly send: (batch: Change) => Promise<AssessmentState>,
    private readonly events: SaverEvents,
  ) {}

  edit(change: Change, delayMs: number) {
    // The person went on editing after asking to leave once saved (offline, this can be minutes
    // later): leaving now would surprise them mid-edit, so whoever waited is told no; they ask again.
    this.answer(false);
    this.queue = mergeChanges(this.queue, change);
    this.events.queued(changeSize(this.queue));
    clearTimeout(this.timer);
    this.events.scheduled(true);
    this.timer = setTimeout(() => this.sendNext(), delayMs);
  }

  /**
   * Sends what waits now, without its debounce. Resolves true once nothing is left to send, false
   * if a request fails for good first, a new edit comes, or the page goes away; never rejects.
   */
  flush(): Promise<boolean> {
    if (this.disposed) return Promise.resolve(false);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.sendNext();
    this.settleIfDone();
    return done;
  }

  /**
   * The page is going away (a client navigation, which has no beforeunload to warn on): edits still
   * in their debounce go out now rather than be lost, and whoever waited to leave after the save is
   * told not to, as the person has already left.
   */
  dispose() {
    this.disposed = true;
    this.answer(false);
    this.sendNext();
  }

  private sendNext() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.events.scheduled(false);
    if (this.inFlight || isEmpty(this.queue)) return;
    const batch = this.queue;
    this.queue = emptyChange();
    this.events.queued(0);
    this.inFlight = true;
    this.events.sending();
    this.send(batch).then(
      (saved) => {
        this.inFlight = false;
        // The server's merge is the truth, except for edits made while this request was out.
        this.events.saved(applyChange(saved, this.queue));
        // Newer edits go out now; the waiters wait for them too.
        this.sendNext();
        this.settleIfDone();
      },
      (error: unknown) => {
        this.inFlight = false;
        this.queue = mergeChanges(batch, this.queue);
        this.events.queued(changeSize(this.queue));
        this.events.failed(error);
        // After a final failure the queue waits for the person (the next edit or "Try again"),
        // and whoever waited hears now that the save did not happen.
        this.answer(false);
      },
    );
  }

  private settleIfDone() {
    if (!this.inFlight && this.timer === undefined && isEmpty(this.queue)) this.answer(true);
  }

  private answer(saved: boolean) {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(saved);
  }
}
