// The page's side of an import: one worker per session (kept for the next session while idle), progress
// callbacks, cancel, and a crash reported as a message instead of an exception, so the current dataset is never
// touched by a failed import.
import type { ModelRecord } from '../domain/model';
import { decodeModels } from '../domain/model-columns';
import type { FromWorker, ToWorker } from './import-protocol';

export type Progress = Extract<FromWorker, { type: 'progress' }>;
type Models = ModelRecord[];
type Reply = Exclude<FromWorker, { type: 'progress' } | { type: 'models' } | { type: 'taken' }> | { type: 'taken'; models: Models };

/**
 * A worker whose session ended while it was idle, kept for the next one: a fresh worker runs its parser and
 * checks as cold code, and at 10,000 rows checking took about twice as long as in a worker that had run before.
 */
let spare: Worker | null = null;

function park(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = () => {
    if (spare === worker) spare = null;
  };
  worker.postMessage({ type: 'reset' } satisfies ToWorker);
  spare?.terminate();
  spare = worker;
}

export class ImportSession {
  private worker: Worker | null = null;
  private pending: { resolve: (r: Reply) => void; answers: Reply['type'] } | null = null;
  private received: Models = [];

  constructor(private readonly onProgress: (p: Progress) => void) {}

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spare ?? new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    spare = null;
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.type === 'progress') this.onProgress(e.data);
      else if (e.data.type === 'models') this.receive(e.data.packed);
      else if (e.data.type === 'taken') this.settle({ type: 'taken', models: this.takeReceived() });
      else this.settle(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.settle({ type: 'failed', reason: `The import worker crashed (${e.message || 'unknown error'}); nothing was changed.` });
      this.stop();
    };
    this.worker = worker;
    return worker;
  }

  /** Unpacks one slice as it arrives, so each costs its own short task. */
  private receive(packed: Extract<FromWorker, { type: 'models' }>['packed']) {
    const r = decodeModels(packed, this.received);
    if (!r.ok) this.settle({ type: 'failed', reason: `The checked rows did not arrive intact (${r.reason}); nothing was changed.` });
  }

  private takeReceived() {
    const models = this.received;
    this.received = [];
    return models;
  }

  private settle(reply: Reply) {
    // A reply to a request that was replaced (a validation still finishing when "take" was sent) is dropped.
    if (reply.type !== 'failed' && this.pending && reply.type !== this.pending.answers) return;
    const p = this.pending;
    this.pending = null;
    p?.resolve(reply);
  }

  /** Starts the worker ahead of the first request (its script loads and compiles off the main thread). */
  warm(): void {
    this.ensureWorker();
  }

  request(message: Exclude<ToWorker, { type: 'reset' }>): Promise<Reply> {
    if (this.pending) this.settle({ type: 'failed', reason: 'A newer request replaced this one.' });
    this.received = [];
    const answers = ({ load: 'loaded', validate: 'validated', take: 'taken' } as const)[message.type];
    return new Promise((resolve) => {
      this.pending = { resolve, answers };
      this.ensureWorker().postMessage(message);
    });
  }

  /** Stops the worker at once; the pending request answers "cancelled". */
  cancel(): void {
    this.settle({ type: 'failed', reason: 'Import cancelled; nothing was changed.' });
    this.stop();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Ends the session: an idle worker is kept for the next session (its data dropped), a busy one is stopped. */
  dispose(): void {
    if (this.worker && !this.pending) {
      park(this.worker);
      this.worker = null;
    } else this.stop();
  }
}
