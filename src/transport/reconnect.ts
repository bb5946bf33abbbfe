import { EtpError } from '../errors.js';
import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import type { EtpSession } from '../session/session.js';
import { type ClientConnection, connect, type ConnectOptions } from './client.js';
import { nonNegative } from './common.js';

/** Options of {@link reconnecting}: those of `connect`, and how to come back. */
export interface ReconnectOptions<M> extends ConnectOptions<M> {
  /** Wait before the first retry after a drop or a failed attempt; doubled each failure in a row. Default 500 ms. */
  minDelayMs?: number;
  /** The longest wait between attempts. Default 30,000 ms. */
  maxDelayMs?: number;
  /** Failed attempts in a row before giving up: `closed` then resolves and `ready()` rejects with the last error. Default unlimited. */
  attempts?: number;
  /**
   * Called with each new open session, the first and every one after a reconnection
   * (`reconnected: true`): resume here (subscribe again, re-send what was not answered). A session's
   * requests that were pending when its connection dropped have already failed (SESSION_CLOSED).
   * If it throws or rejects, the client stops with that error.
   */
  onSession?: (session: EtpSession<M>, info: { reconnected: boolean; attempt: number }) => void | Promise<void>;
  /** How a delay is waited (tests pass their own). Default setTimeout. */
  wait?: (ms: number) => Promise<void>;
}

/** A client that opens a session and opens another whenever the connection drops, until `close()`. */
export interface ReconnectingClient<M> {
  /** The open session, or undefined while reconnecting. */
  readonly session: EtpSession<M> | undefined;
  /** An open session: the current one, or the next once reconnected; rejects once the client gave up or was closed. */
  ready(): Promise<EtpSession<M>>;
  /** Stops reconnecting and closes the session (CloseSession). */
  close(reason?: string): void;
  /** Resolves when the client stops for good: `close()`, or `attempts` failures in a row (with the last error's message). */
  readonly closed: Promise<string>;
}

/**
 * Connects as `connect` does and keeps a session open: when the connection drops (the server
 * restarts, the network fails) it waits `minDelayMs`, doubling up to `maxDelayMs` while attempts
 * fail, and connects again; `onSession` resumes each new session. What was pending on a dropped
 * session fails with SESSION_CLOSED, so nothing waits forever.
 */
export function reconnecting<M = Etp12MessageMap>(url: string, options: ReconnectOptions<M> = {}): ReconnectingClient<M> {
  const { minDelayMs, maxDelayMs, attempts, onSession, wait, ...connectOptions } = options;
  const min = nonNegative('minDelayMs', minDelayMs, 500);
  const max = nonNegative('maxDelayMs', maxDelayMs, 30_000);
  const most = attempts === undefined ? Infinity : nonNegative('attempts', attempts, 0);
  const sleep = wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let current: EtpSession<M> | undefined;
  let stopped: string | undefined;
  let stopError: unknown;
  const waiters: { resolve: (s: EtpSession<M>) => void; reject: (e: unknown) => void }[] = [];
  let finish!: (reason: string) => void;
  const closed = new Promise<string>((r) => (finish = r));

  const stop = (reason: string, error?: unknown): void => {
    if (stopped !== undefined) return;
    stopped = reason;
    stopError = error ?? new EtpError('SESSION_CLOSED', `the reconnecting client stopped: ${reason}`);
    for (const w of waiters.splice(0)) w.reject(stopError);
    finish(reason);
  };

  const run = async (): Promise<void> => {
    let failures = 0;
    let opened = 0;
    while (stopped === undefined) {
      let connection: ClientConnection<M>;
      try {
        connection = await connect<M>(url, connectOptions);
      } catch (err) {
        failures++;
        if (failures >= most) {
          stop(`gave up after ${failures} failed attempts: ${(err as Error).message}`, err);
          return;
        }
        await sleep(Math.min(max, min * 2 ** (failures - 1)));
        continue;
      }
      if (stopped !== undefined) {
        connection.session.close(stopped);
        return;
      }
      failures = 0;
      opened++;
      current = connection.session;
      try {
        await onSession?.(connection.session, { reconnected: opened > 1, attempt: opened });
      } catch (err) {
        // A resume that fails leaves a session the application cannot use: the client stops with its error.
        stop(`onSession failed: ${(err as Error).message}`, err);
        connection.session.close('the client could not resume');
        return;
      }
      for (const w of waiters.splice(0)) w.resolve(connection.session);
      await connection.session.closed;
      current = undefined;
      if (stopped === undefined) await sleep(min);
    }
  };
  void run().catch((err) => stop(`failed: ${(err as Error).message}`, err));

  return {
    get session() {
      return current?.isOpen ? current : undefined;
    },
    ready: () => {
      if (stopped !== undefined) return Promise.reject(stopError);
      if (current?.isOpen) return Promise.resolve(current);
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    close: (reason = 'closed by this endpoint') => {
      stop(reason);
      current?.close(reason);
    },
    closed,
  };
}
