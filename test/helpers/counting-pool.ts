import { FramePool } from '../../src/index.js';

/** A frame pool that counts the frames it lends and those given back. */
export class CountingPool extends FramePool {
  lends = 0;
  gives = 0;
  override lend(whole: Uint8Array): boolean {
    const ok = super.lend(whole);
    if (ok) this.lends++;
    return ok;
  }
  override give(frame: Uint8Array): boolean {
    const ok = super.give(frame);
    if (ok) this.gives++;
    return ok;
  }
}
