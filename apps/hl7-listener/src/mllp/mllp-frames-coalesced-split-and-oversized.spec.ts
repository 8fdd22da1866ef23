import { MllpFrames, type MllpFrame } from './mllp-frames';

const frame = (text: string) => Buffer.concat([Buffer.of(0x0b), Buffer.from(text), Buffer.of(0x1c, 0x0d)]);
const texts = (frames: MllpFrame[]) =>
  frames.map((f) => (f.kind === 'message' ? f.bytes.toString() : `too large: ${f.header.toString()}`));

describe('an interface engine writes MLLP frames however TCP delivers them', () => {
  const a = 'MSH|^~\\&|COSMIC|RYHOV|||202611160740||ADT^A01|MSG-1|P|2.5\rPID|||p-1^^^ESTHER^PI';
  const b = 'MSH|^~\\&|COSMIC|RYHOV|||202611160741||ADT^A02|MSG-2|P|2.5\rPV1||I|MED3';

  it('reads two whole frames that arrive in one write', () => {
    expect(texts(new MllpFrames(1024).push(Buffer.concat([frame(a), frame(b)])))).toEqual([a, b]);
  });

  it('reads a frame followed by the start of the next, and finishes the second with the next write', () => {
    const both = Buffer.concat([frame(a), frame(b)]);
    const frames = new MllpFrames(1024);
    const cut = frame(a).length + 10;
    expect(texts(frames.push(both.subarray(0, cut)))).toEqual([a]);
    expect(texts(frames.push(both.subarray(cut)))).toEqual([b]);
  });

  it('ends a frame whose FS and CR arrive in separate packets', () => {
    const bytes = frame(a);
    const frames = new MllpFrames(1024);
    expect(frames.push(bytes.subarray(0, bytes.length - 1))).toEqual([]);
    expect(texts(frames.push(bytes.subarray(bytes.length - 1)))).toEqual([a]);
  });

  it('reads frames fed one byte at a time', () => {
    const frames = new MllpFrames(1024);
    const bytes = Buffer.concat([frame(a), Buffer.from('\r\n'), frame(b)]);
    const read = [...bytes].flatMap((byte) => frames.push(Buffer.of(byte)));
    expect(texts(read)).toEqual([a, b]);
  });

  it('keeps an FS that is not followed by CR as part of the message', () => {
    const odd = `${a}\x1cX`;
    expect(texts(new MllpFrames(1024).push(frame(odd)))).toEqual([odd]);
  });

  it('reports a frame past the limit once, with its header, and reads the next frame normally', () => {
    const big = `${a}\r${'NTE|1||'.padEnd(300, 'x')}`;
    const frames = new MllpFrames(200);
    const read = frames.push(Buffer.concat([frame(big), frame(b)]));
    expect(read).toHaveLength(2);
    expect(read[0]).toMatchObject({ kind: 'too-large', limitBytes: 200 });
    expect(read[0].kind === 'too-large' && read[0].header.toString().startsWith('MSH|')).toBe(true);
    expect(texts(read.slice(1))).toEqual([b]);
  });
});
