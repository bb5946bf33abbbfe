/** etp-codec/transport in the browser build: a client over the platform's WebSocket (no ws, no server). */
export { connect, type BrowserConnectOptions as ConnectOptions, type BrowserConnection as ClientConnection, type StandardWebSocket } from './browser.js';
export { ETP12_SUBPROTOCOL, ETP11_SUBPROTOCOL, TRANSPORT_DEFAULTS, type ConnectionOptions, type AnySession } from './common.js';
