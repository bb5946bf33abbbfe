import type { SessionState } from './core.js';
import type { SessionRole } from './ids.js';
import type { SessionTimers } from './options.js';

/** What the session's clock needs from it. */
export interface ClockHost {
  readonly role: SessionRole;
  readonly state: SessionState;
  /** True when nothing waits for time (no request, multipart message or remembered id). */
  readonly idle: boolean;
  /** Times out what waits for an answer or a part at `now`. */
  expire(now: number): void;
  /** Ends the session without CloseSession (no RequestSession in time). */
  shutdown(reason: string): void;
  /** Sends CloseSession and ends the session (the peer went silent). */
  close(reason: string): void;
  /** Sends a Ping; undefined when the version has none. Settles with its Pong or its failure. */
  ping(): Promise<unknown> | undefined;
}

/** The clock's settings (see SessionOptions). */
export interface ClockLimits {
  sweepIntervalMs: number;
  keepaliveMs: number;
  /** SessionEstablishmentTimeoutPeriod, in milliseconds: how long a server waits for RequestSession. */
  establishmentMs: number;
}

/**
 * Everything in a session that time drives, on one interval timer that runs only while something
 * waits: request and multipart timeouts, the wait for RequestSession, and the idle keepalive
 * (Ping once silent for `keepaliveMs`, close after 1.5 × of nothing received). The timers and the
 * clock are injected, so tests drive time themselves.
 */
export class SessionClock {
  private timer: unknown;
  /** When a message last came in and went out, and whether a Ping waits for its Pong. */
  private lastIn = 0;
  private lastOut = 0;
  private pinging = false;
  private readonly createdAt: number;

  constructor(
    private readonly host: ClockHost,
    private readonly limits: ClockLimits,
    private readonly timers: SessionTimers,
    readonly now: () => number,
  ) {
    this.createdAt = now();
  }

  /** A message came in. */
  received(): void {
    if (this.limits.keepaliveMs) this.lastIn = this.now();
  }

  /** A message went out. */
  sent(): void {
    if (this.limits.keepaliveMs) this.lastOut = this.now();
  }

  /** The session opened: the keepalive starts counting. */
  opened(): void {
    if (!this.limits.keepaliveMs) return;
    this.lastIn = this.lastOut = this.now();
    this.arm();
  }

  /** Starts the timer unless it runs (something now waits for time). */
  arm(): void {
    if (this.timer === undefined && this.host.state !== 'closed') {
      this.timer = this.timers.setInterval(() => this.sweep(), this.periodMs());
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  disarm(): void {
    if (this.timer !== undefined) this.timers.clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One sweep at `now` (see EtpSession.sweep). */
  sweep(now = this.now()): void {
    const host = this.host;
    host.expire(now);
    if (host.role === 'server' && host.state === 'new' && now - this.createdAt >= this.limits.establishmentMs) {
      host.shutdown(`no RequestSession within SessionEstablishmentTimeoutPeriod ${this.limits.establishmentMs / 1000} s`);
      return;
    }
    if (this.limits.keepaliveMs && host.state === 'open') {
      this.keepalive(now);
      return;
    }
    if (host.idle && host.state !== 'new') this.disarm();
  }

  /**
   * Idle keepalive: Ping once the silence would pass the interval before the next sweep, close
   * after 1.5 × of nothing received. (Pinging only once it had passed missed a sweep that came
   * just short of it, and the close came first.)
   */
  private keepalive(now: number): void {
    const interval = this.limits.keepaliveMs;
    if (now - this.lastIn >= interval * 1.5) {
      this.host.close(`nothing received for ${now - this.lastIn} ms (keepalive ${interval} ms)`);
      return;
    }
    if (this.pinging || now - Math.max(this.lastIn, this.lastOut) + this.periodMs() <= interval) return;
    const pong = this.host.ping();
    if (!pong) return;
    this.pinging = true;
    pong.then(
      () => (this.pinging = false),
      () => (this.pinging = false),
    );
  }

  /** The sweep period: `sweepIntervalMs`, and with a keepalive at least twice per its interval. */
  private periodMs(): number {
    const k = this.limits.keepaliveMs;
    return k ? Math.max(1, Math.min(this.limits.sweepIntervalMs, Math.floor(k / 2))) : this.limits.sweepIntervalMs;
  }
}
