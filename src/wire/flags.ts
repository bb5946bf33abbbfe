/** MessageHeader.messageFlags bits (ETP 1.2; 0x01 and 0x04 are ETP 1.1 meanings). */
export const MessageFlags = {
  /** ETP 1.1: part of a multipart message. Not used in 1.2; tolerated on receipt. */
  MultiPart: 0x01,
  /** Final part (FIN): set on every single message and on the last part of a multipart one. */
  FinalPart: 0x02,
  /** ETP 1.1: empty result. Not used in 1.2. */
  NoData: 0x04,
  /** ETP 1.2: extension and body are one gzip member. */
  Compressed: 0x08,
  /** ETP 1.2: the receiver must answer with Acknowledge. */
  AcknowledgementRequested: 0x10,
  /** ETP 1.2: a MessageHeaderExtension follows the header. */
  HasHeaderExtension: 0x20,
} as const;

/** True when every bit of `flag` is set in `flags`. */
export function hasFlag(flags: number, flag: number): boolean {
  return (flags & flag) === flag;
}
