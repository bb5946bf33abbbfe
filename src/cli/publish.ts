import { EtpError } from '../errors.js';
import { connectSink, SinkDevice, SinkIngest, SqliteDeviceState } from '../sink/index.js';
import { faultyDialer, seeded } from '../testing/index.js';
import { type Args, COMMANDS } from './args.js';

/**
 * `etp-codec publish`: a Sink device publishing `--events` events. Without a url the ingest runs in
 * this process behind a link that cuts and delays on purpose; with one, the device connects over
 * ws (and again after any cut). Prints what was sent, acknowledged, sent again and (in process)
 * delivered.
 */
export async function publish(args: Args): Promise<number> {
  const option = (name: string): number => args.numbers[name] ?? (COMMANDS.publish!.options[name]!.default as number);
  const text = (name: string): string => args.strings[name] ?? (COMMANDS.publish!.options[name]!.default as string);
  const events = option('--events');
  const cut = Number(text('--cut'));
  if (!(cut >= 0 && cut < 1)) {
    process.stderr.write('--cut takes a probability from 0 to below 1\n');
    return 2;
  }
  const random = seeded(option('--seed'));
  const url = args.inputs[0];
  const seen = new Map<string, number>();
  const ingest = url ? undefined : new SinkIngest({ onEvent: ({ event }) => void seen.set(String(event.offset), (seen.get(String(event.offset)) ?? 0) + 1) });
  const link = ingest ? faultyDialer(ingest, { cut, delay: 0.05, random }) : undefined;
  const statePath = args.strings['--state'];
  const state = statePath ? new SqliteDeviceState(statePath) : undefined;
  const common = { clientInstanceId: text('--device'), maxInFlight: option('--in-flight'), random, ...(state ? { storage: state.storage, outbox: state.outbox } : {}) };
  let device: SinkDevice;
  try {
    device = link ? new SinkDevice({ ...common, dial: link.dial }) : connectSink(url!, common);
  } catch (err) {
    state?.close();
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const started = Date.now();
  const results = await Promise.allSettled(
    Array.from({ length: events }, (_, i) => device.publish({ eventTypeId: 1, schemaVersion: 1, key: 'etp-codec publish', offset: i, timestamp: Date.now() * 1000, data: Buffer.from(`event ${i}`) })),
  );
  await device.close();
  const refused = results.filter((r) => r.status === 'rejected');
  const s = device.stats;
  const left = device.outbox.size;
  state?.close();
  const line = [`sent ${s.published}`, `acknowledged ${s.acked}`, `sent again ${s.resent}`, `connections ${s.connections}`, `undelivered ${left}`];
  if (link && ingest)
    line.push(
      `cuts ${link.stats.cuts}`,
      `delivered ${ingest.stats.delivered}`,
      `delivered twice ${[...seen.values()].filter((n) => n > 1).length}`,
      `acknowledged again without delivery ${ingest.stats.duplicates}`,
    );
  process.stdout.write(`${line.join(', ')} in ${Date.now() - started} ms\n`);
  for (const r of refused.slice(0, 3)) {
    const e = (r as PromiseRejectedResult).reason;
    process.stderr.write(`${e instanceof EtpError ? `${e.code}: ` : ''}${(e as Error).message}\n`);
  }
  // Non-zero whenever an event is not known delivered: refused, or still in the outbox.
  return refused.length || left ? 1 : 0;
}
