const VT = 0x0b;
const FS = 0x1c;
const CR = 0x0d;
// Enough of an oversized frame to read its MSH segment and answer it by its control id.
const HEADER_BYTES = 64 * 1024;

export type MllpFrame =
  | { kind: 'message'; bytes: Buffer }
  /** A frame longer than the limit: its first bytes (the MSH segment), the rest discarded. */
  | { kind: 'too-large'; header: Buffer; limitBytes: number };

/**
 * MLLP framing (VT message FS CR) over a byte stream that TCP may split or coalesce anywhere: one
 * chunk can hold several frames, or end between FS and CR. Bytes between frames are ignored, as
 * senders put line ends there; a frame past the limit is reported once and skipped to its end.
 */
export class MllpFrames {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private inFrame = false;
  private oversized = false;
  // FS seen as a chunk's last byte: the frame ends if the next chunk starts with CR.
  private fsAtEnd = false;

  constructor(private readonly limitBytes: number) {}

  push(chunk: Buffer): MllpFrame[] {
    const frames: MllpFrame[] = [];
    let at = 0;
    if (this.fsAtEnd) {
      this.fsAtEnd = false;
      if (chunk[0] === CR) {
        this.finish(frames);
        at = 1;
      } else this.keep(Buffer.of(FS));
    }
    while (at < chunk.length) {
      if (!this.inFrame) {
        const start = chunk.indexOf(VT, at);
        if (start < 0) break;
        this.inFrame = true;
        at = start + 1;
        continue;
      }
      const end = chunk.indexOf(FS, at);
      if (end < 0) {
        this.keep(chunk.subarray(at));
        break;
      }
      if (end === chunk.length - 1) {
        this.keep(chunk.subarray(at, end));
        this.fsAtEnd = true;
        break;
      }
      if (chunk[end + 1] !== CR) {
        // An FS inside a message is not an end; keep it as data.
        this.keep(chunk.subarray(at, end + 1));
        at = end + 1;
        continue;
      }
      this.keep(chunk.subarray(at, end));
      this.finish(frames);
      at = end + 2;
    }
    return frames;
  }

  private keep(bytes: Buffer) {
    if (this.oversized || !bytes.length) return;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes > this.limitBytes) {
      const header = Buffer.concat(this.pending).subarray(0, HEADER_BYTES);
      this.pending = [header];
      this.pendingBytes = header.length;
      this.oversized = true;
    }
  }

  private finish(frames: MllpFrame[]) {
    const bytes = Buffer.concat(this.pending);
    frames.push(
      this.oversized
        ? { kind: 'too-large', header: bytes, limitBytes: this.limitBytes }
        : { kind: 'message', bytes },
    );
    this.pending = [];
    this.pendingBytes = 0;
    this.inFrame = false;
    this.oversized = false;
  }
}
