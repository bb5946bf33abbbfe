export { faultyDialer, seeded, LINK_SERVER_ID as SERVER_ID, type LinkStats } from '../../src/testing/index.js';
