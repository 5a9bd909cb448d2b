import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorText } from '../../../../libs/contracts/error-codes';
import type { HttpErrorBody } from '../errors/http-error';

/**
 * Node's HTTP parser refuses a request it cannot read (a Content-Length that
 * is no number, a broken header line) before any route sees it, and by
 * default answers a bare 400 with no body. This answers it with the one
 * error shape instead, as the document promises every 400.
 */
export function answerMalformedRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection the client dropped has no one to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const body: HttpErrorBody = { statusCode: 400, error: 'Bad Request', message: errorText('bad-request'), code: 'bad-request' };
    const json = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  });
}
