import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { Hl7Message } from '@medplum/core';
import iconv from 'iconv-lite';
import { acknowledgementsAsked, batchAcknowledgement, readBatch, type Hl7Batch } from '@carechain/hl7';
import { characterSetOf } from './character-sets';
import { MllpFrames, type MllpFrame } from './mllp-frames';

export interface MllpTls {
  key: Buffer;
  cert: Buffer;
  /** When set, senders must present a client certificate signed by it. */
  ca?: Buffer;
}

export interface MllpServerOptions {
  port: number;
  host: string;
  tls?: MllpTls;
  /** Character set of the messages on the wire (iconv-lite name). */
  encoding: string;
}

/**
 * Answers each message with its ACK. Called as messages arrive, also before earlier ones of the
 * same connection are answered; the server writes the answers in the order the messages came.
 * `connection` is the same object for every message of one connection, so the answerer can keep
 * one connection's messages in order and let other connections' pass.
 */
export interface MllpAnswerer {
  answer(message: Hl7Message, connection: object): Promise<Hl7Message>;
  answerUnreadable(): Hl7Message;
  /** A frame past the size limit, answered by its MSH segment where that could be read. */
  answerTooLarge(header: Hl7Message | undefined, limitBytes: number): Hl7Message;
  /** A message whose MSH-18 names a character set this listener cannot read. */
  answerUnknownCharacterSet(header: Hl7Message | undefined, characterSet: string): Hl7Message;
}

// An ADT message is a few kilobytes; larger frames are answered AR and skipped, never held whole.
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
const FORCE_CLOSE_MS = 5000;
// Messages of one connection read but not yet answered; past this, reading waits for the ACKs.
const MAX_IN_FLIGHT = 256;
const VT = Buffer.of(0x0b);
const FS_CR = Buffer.of(0x1c, 0x0d);

interface Served {
  socket: net.Socket;
  /** The message being answered and those queued behind it. */
  answering: Promise<void>;
}

/**
 * An MLLP listener on TCP or TLS with framing of our own (any split or coalescing of frames), so
 * that TLS is possible and start-up errors (port in use) surface. Messages of one connection are
 * answered in the order they came, so ACKs match what senders expect; later frames are read and
 * handed to the store while earlier ones are being stored.
 */
export class MllpServer {
  private server?: net.Server;
  private readonly served = new Set<Served>();
  private stopping = false;

  constructor(
    private readonly options: MllpServerOptions,
    private readonly answerer: MllpAnswerer,
    private readonly onError: (error: Error) => void,
  ) {}

  async start(): Promise<number> {
    const { tls: secure, port, host } = this.options;
    const onSocket = (socket: net.Socket) => this.serve(socket);
    const server = secure
      ? tls.createServer(
          {
            key: secure.key,
            cert: secure.cert,
            ca: secure.ca,
            requestCert: !!secure.ca,
            rejectUnauthorized: !!secure.ca,
          },
          onSocket,
        )
      : net.createServer(onSocket);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', this.onError);
    if (secure)
      server.on('tlsClientError', (error) =>
        this.onError(new Error(`TLS handshake failed: ${error.message}`)),
      );
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  /**
   * Stops taking connections and messages, lets every connection finish the messages it is
   * answering, then closes them: what was ACKed is stored, what was not is resent by the sender.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    await Promise.all([...this.served].map((s) => s.answering));
    for (const { socket } of this.served) socket.end();
    // A sender that never closes its side must not hold up the shutdown.
    const force = setTimeout(() => this.served.forEach(({ socket }) => socket.destroy()), FORCE_CLOSE_MS);
    await closed;
    clearTimeout(force);
  }

  private serve(socket: net.Socket) {
    socket.setNoDelay(true);
    const served: Served = { socket, answering: Promise.resolve() };
    this.served.add(served);
    const frames = new MllpFrames(MAX_FRAME_BYTES);
    let inFlight = 0;
    socket.on('data', (chunk: Buffer) => {
      if (this.stopping) return;
      for (const frame of frames.push(chunk)) {
        // Each frame is read and handed to the store at once, so a sender that does not wait for
        // ACKs shares the store's transactions with itself; ACKs still go out in the order sent.
        const read = this.read(frame, served);
        const answers = read.answers();
        answers.catch(() => undefined);
        if (++inFlight >= MAX_IN_FLIGHT) socket.pause();
        served.answering = served.answering
          .then(async () => {
            const text = Buffer.concat(
              (await answers).map((answer) =>
                Buffer.concat([VT, iconv.encode(answer, read.encoding), FS_CR]),
              ),
            );
            if (!socket.destroyed) {
              // The ACKs of one commit are written together: one system call, not one each.
              if (!socket.writableCorked) {
                socket.cork();
                process.nextTick(() => socket.uncork());
              }
              socket.write(text);
            }
            if (read.part) socket.end();
          })
          .catch((error: Error) => this.onError(error))
          .finally(() => {
            if (--inFlight < MAX_IN_FLIGHT && socket.isPaused() && !this.stopping) socket.resume();
          });
      }
    });
    socket.on('error', (error) => this.onError(error));
    socket.on('close', () => this.served.delete(served));
  }
  /**
   * Reads a frame in the character set it came in; its answers (ACKs, or one batch of them) are
   * made when its turn comes. `part` ends the connection after them.
   */
  private read(
    frame: MllpFrame,
    connection: object,
  ): { encoding: string; part?: boolean; answers(): Promise<string[]> } {
    const bytes = frame.kind === 'message' ? frame.bytes : frame.header;
    const charset = characterSetOf(bytes, this.options.encoding);
    const encoding = charset.encoding ?? this.options.encoding;
    const text = iconv.decode(bytes, encoding);
    const at = (ack: Hl7Message) => async () => [ack.toString()];
    if (frame.kind === 'too-large')
      return { encoding, answers: at(this.answerer.answerTooLarge(readable(text, true), frame.limitBytes)) };
    if (charset.named !== undefined)
      return {
        encoding,
        answers: at(this.answerer.answerUnknownCharacterSet(readable(text, true), charset.named)),
      };
    const batch = readBatch(text);
    if (batch) return { encoding, answers: async () => [await this.answerBatch(batch, connection)] };
    const message = readable(text, false);
    // Bytes that are not HL7 come from a peer that speaks something else: answer, then part.
    if (!message) return { encoding, part: true, answers: at(this.answerer.answerUnreadable()) };
    return {
      encoding,
      answers: async () =>
        acknowledgementsAsked(message, await this.answerer.answer(message, connection)).map(String),
    };
  }

  /** The messages of a batch stored together, in order, the ACKs sent back as one batch. */
  private async answerBatch(batch: Hl7Batch, connection: object): Promise<string> {
    const acks = await Promise.all(
      batch.messages.map((text) => {
        const message = readable(text, false);
        return message ? this.answerer.answer(message, connection) : this.answerer.answerUnreadable();
      }),
    );
    return batchAcknowledgement(batch, acks, new Date());
  }
}

/** The message, or with `headerOnly` its MSH segment; undefined when the text is not HL7. */
function readable(text: string, headerOnly: boolean): Hl7Message | undefined {
  if (!text.startsWith('MSH')) return undefined;
  try {
    return Hl7Message.parse(headerOnly ? text.split(/\r\n?|\n/)[0] : text);
  } catch {
    return undefined;
  }
}
