import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HttpErrorBody } from '../errors/http-error';

/**
 * Node's HTTP parser refuses a request it cannot read (a Content-Length that
 * is no number, a broken header line, too many headers) before any route
 * sees it, and by default answers a bare 400 with no body. This answers it
 * with the one error shape instead, as the document promises every 400.
 */
export function answerMalformedRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection the client dropped has no one to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body: HttpErrorBody = tooLarge
      ? { statusCode: 431, error: 'Request Header Fields Too Large', message: 'the request headers are too large' }
      : { statusCode: 400, error: 'Bad Request', message: 'the request is not readable HTTP (a header or its framing is malformed)' };
    const json = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 ${body.statusCode} ${body.error}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  });
}
