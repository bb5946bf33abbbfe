/** etp-codec/transport: ETP sessions over WebSockets (the only layer that imports ws). */
export { connect, type ConnectOptions, type ClientConnection } from './client.js';
export { fetchServerCapabilities, SERVER_CAPABILITIES_DEFAULTS, type ServerCapabilitiesOptions } from './server-capabilities.js';
export { reconnecting, type ReconnectOptions, type ReconnectingClient } from './reconnect.js';
export { listen, accept, type ListenOptions, type AcceptOptions, type EtpServer, type EtpUpgradeHandler } from './server.js';
export { ETP12_SUBPROTOCOL, ETP11_SUBPROTOCOL, TRANSPORT_DEFAULTS, type ConnectionOptions, type AnySession } from './common.js';
export { MESSAGES_PER_TURN, TURN_MS, INBOX_PAUSE_BYTES } from './socket.js';
