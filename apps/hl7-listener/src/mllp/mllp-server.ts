import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import type { Hl7Message } from '@medplum/core';
import { Hl7Connection, type Hl7ErrorEvent, type Hl7MessageEvent } from '@medplum/hl7';

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

/** Answers each message with its ACK; called for one message of a connection at a time. */
export interface MllpAnswerer {
  answer(message: Hl7Message): Promise<Hl7Message>;
  answerUnreadable(): Hl7Message;
}

// An ADT message is a few kilobytes; a frame that never ends must not fill the memory.
const MAX_FRAME_BYTES = 4 * 1024 * 1024;
const FORCE_CLOSE_MS = 5000;
const FS = 0x1c;
const CR = 0x0d;

interface Served {
  connection: Hl7Connection;
  /** The message being answered and those queued behind it. */
  answering: Promise<void>;
}

/**
 * An MLLP listener on TCP or TLS. Framing and parsing are @medplum/hl7's Hl7Connection, wrapped
 * around sockets of our own so that TLS is possible and start-up errors (port in use) surface.
 * Messages of one connection are answered in the order they came, so ACKs match what senders expect.
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
   * Stops taking connections and messages, lets every connection finish the message it is
   * answering, then closes them: what was ACKed is stored, what was not is resent by the sender.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    await Promise.all([...this.served].map((s) => s.answering));
    for (const { connection } of this.served) connection.socket.end();
    // A sender that never closes its side must not hold up the shutdown.
    const force = setTimeout(
      () => this.served.forEach(({ connection }) => connection.socket.destroy()),
      FORCE_CLOSE_MS,
    );
    await closed;
    clearTimeout(force);
  }

  private serve(socket: net.Socket) {
    socket.setNoDelay(true);
    const served: Served = {
      connection: new Hl7Connection(socket, this.options.encoding),
      answering: Promise.resolve(),
    };
    const { connection } = served;
    this.served.add(served);
    const enqueue = (work: () => Promise<void> | void) => {
      served.answering = served.answering.then(work).catch((error: Error) => this.onError(error));
    };
    connection.addEventListener('message', ({ message }: Hl7MessageEvent) => {
      if (this.stopping) return;
      enqueue(async () => connection.send(await this.answerer.answer(message)));
    });
    connection.addEventListener('error', ({ error }: Hl7ErrorEvent) => {
      if ((error as { type?: string }).type !== 'entity.parse.failed') return this.onError(error);
      // Hl7Connection keeps an unreadable frame in its buffer, so the connection ends after the answer.
      enqueue(() => {
        connection.send(this.answerer.answerUnreadable());
        socket.end();
      });
    });
    connection.addEventListener('close', () => this.served.delete(served));
    // Hl7Connection ends a frame where a chunk ends in FS CR; so does this count.
    let frameBytes = 0;
    socket.on('data', (chunk: Buffer) => {
      frameBytes = chunk.at(-2) === FS && chunk.at(-1) === CR ? 0 : frameBytes + chunk.length;
      if (frameBytes <= MAX_FRAME_BYTES) return;
      this.onError(
        new Error(`a frame grew past ${MAX_FRAME_BYTES} bytes without its end; connection closed`),
      );
      socket.destroy();
    });
  }
}
