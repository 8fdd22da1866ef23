// Started by hl7.bench.ts in a process of its own, as the listener runs in one: the limits the
// listener is measured against. A plain TCP echo (no parsing at all), and our MLLP server that
// parses each message and answers AA without storing it.
import net from 'node:net';
import { acknowledgementOf } from '@carechain/hl7';
import { MllpServer } from '../apps/hl7-listener/src/mllp/mllp-server';

const [echoPort, mllpPort] = process.argv.slice(2).map(Number);
const refuse = (what: string) => () => {
  throw new Error(`the bench sent ${what}`);
};

const echo = net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.pipe(socket);
});
const withoutStore = new MllpServer(
  { port: mllpPort, host: '127.0.0.1', encoding: 'utf-8' },
  {
    answer: async (message) => acknowledgementOf(message),
    answerUnreadable: refuse('a frame that is no HL7'),
    answerTooLarge: refuse('a frame past the limit'),
    answerUnknownCharacterSet: refuse('an unknown character set'),
  },
  (error) => console.error(error.message),
);

echo.listen(echoPort, '127.0.0.1', () => {
  void withoutStore.start().then(() => process.send?.('ready'));
});
process.on('disconnect', () => process.exit(0));
