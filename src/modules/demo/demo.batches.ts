/** @module demo/batches — how the loader writes many rows and files without holding them all at once. */

const CHUNK = 500;

/** Runs `write` on slices of at most CHUNK rows and concatenates what each returns. */
export async function inChunks<Row, Result>(rows: readonly Row[], write: (chunk: Row[]) => Promise<Result[]>): Promise<Result[]> {
  const results: Result[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) results.push(...(await write(rows.slice(i, i + CHUNK))));
  return results;
}

/** Runs `fn` over `items` with at most `limit` calls at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  // one iterator shared by all workers: each pulls the next item when it is free
  const pending = items.entries();
  const worker = async (): Promise<void> => {
    for (const [index, item] of pending) results[index] = await fn(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function lookup<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown ${what} ${key}`);
  return value;
}
