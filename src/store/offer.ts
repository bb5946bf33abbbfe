// What a store offers, and what a store's customer asks for: the store protocols, each in the
// store role, and the data object families a store advertises.

/** What the store offers in OpenSession: each protocol in the store role. */
export const STORE_OFFER = [
  { protocol: 3, role: 'store' },
  { protocol: 4, role: 'store' },
  { protocol: 5, role: 'store' },
  { protocol: 9, role: 'store' },
  { protocol: 18, role: 'store' },
  { protocol: 21, role: 'store' },
  { protocol: 22, role: 'store' },
  { protocol: 24, role: 'store' },
  { protocol: 25, role: 'store' },
] as const;

/**
 * The data object types a store advertises by default (OpenSession's supportedDataObjects): the
 * families real clients accept. One RDDMS client refuses a session that lists `witsml20.*`; the
 * store still accepts witsml20 objects (see `acceptTypes`).
 */
export const STORE_DATA_OBJECTS = ['eml20.*', 'resqml20.*', 'resqml22.*', 'eml23.*', 'witsml21.*', 'prodml22.*'] as const;
