import channelStreaming from '../../schemas/etp12/channel-streaming.avpr.json';
import core from '../../schemas/etp12/core.avpr.json';
import datatypes from '../../schemas/etp12/datatypes.avpr.json';
import discovery from '../../schemas/etp12/discovery.avpr.json';
import type { SchemaBundle } from './bundle.js';

/**
 * The schemas built into etp-codec: ETP 1.2 MessageHeader, MessageHeaderExtension, Core (0),
 * ChannelStreaming (1) and Discovery (3), with the datatypes they use. Wire-identical to the
 * official Energistics bundle.
 */
export const ETP12_BUILTIN_BUNDLES: readonly SchemaBundle[] = [
  datatypes as SchemaBundle,
  core as SchemaBundle,
  channelStreaming as SchemaBundle,
  discovery as SchemaBundle,
];
