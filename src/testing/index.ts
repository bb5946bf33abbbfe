/**
 * etp-codec/testing: tools for testing what you build on etp-codec, kept out of the library's
 * other entry points — a Sink device's dialer over a link that cuts and delays frames on purpose
 * (seeded: the same faults every run). In-memory session pairs are `linkedSessions` in
 * etp-codec/session. See docs/sink.md, "Testing your own code against faults".
 */
export { faultyDialer, seeded, LINK_SERVER_ID, type LinkStats } from './faulty-link.js';
