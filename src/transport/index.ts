/** etp-codec/transport: ETP sessions over WebSockets (the only layer that imports ws). */
export { connect, listen, ETP12_SUBPROTOCOL, TRANSPORT_DEFAULTS, type ClientConnection, type ListenOptions, type EtpServer } from './ws.js';
