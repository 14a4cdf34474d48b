/**
 * Which statements a piece of work sends, with their parameters and times: the bench records
 * every statement of every pg.Client between startCapture and stopCapture (no change to src/).
 */
import pg from 'pg';

export interface Captured {
  text: string;
  values: unknown[];
  ms: number;
}

const captured: Captured[] = [];
let capturing = false;
let installed = false;
function installCapture(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (!capturing) return original.apply(this, args);
    const [config, params] = args;
    const text = typeof config === 'string' ? config : ((config as { text?: string }).text ?? '');
    const values = (Array.isArray(params) ? params : (config as { values?: unknown[] }).values) ?? [];
    const started = performance.now();
    const entry: Captured = { text, values, ms: 0 };
    captured.push(entry);
    const done = () => (entry.ms = performance.now() - started);
    // pg-pool passes a callback; drizzle and others use the promise
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (...results: unknown[]) => {
        done();
        return (callback as (...r: unknown[]) => unknown)(...results);
      };
      return original.apply(this, args);
    }
    return original.apply(this, args).then((r) => {
      done();
      return r;
    });
  };
}

/** Starts recording (the recorder is installed on first use); anything recorded before is dropped. */
export function startCapture(): void {
  installCapture();
  captured.length = 0;
  capturing = true;
}

/** Stops recording and hands over what was recorded. */
export function stopCapture(): Captured[] {
  capturing = false;
  const statements = [...captured];
  captured.length = 0;
  return statements;
}
