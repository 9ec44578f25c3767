// Benchmark traffic counting, a gateway request hook outside the services' handlers: requests and bytes (headers and
// bodies, from the socket counters) per service, which `npm run bench` reads from /_stack/traffic.
import type http from 'node:http';
import type { RequestHook, Services } from './gateway.ts';

export type ServiceTraffic = { requests: number; bytesIn: number; bytesOut: number };

export const traffic: Record<keyof Services, ServiceTraffic> = {
  auth: { requests: 0, bytesIn: 0, bytesOut: 0 },
  rest: { requests: 0, bytesIn: 0, bytesOut: 0 },
  storage: { requests: 0, bytesIn: 0, bytesOut: 0 },
  functions: { requests: 0, bytesIn: 0, bytesOut: 0 },
};

// Socket counters at the end of the previous request on that connection: everything read after it
// (this request's headers and body) belongs to this request, as HTTP/1.1 clients don't pipeline.
const lastMark = new WeakMap<object, { read: number; written: number }>();

export const countTraffic: RequestHook = (service, req: http.IncomingMessage, res: http.ServerResponse) => {
  const socket = req.socket;
  if (service) traffic[service].requests++;
  res.once('finish', () => {
    const mark = lastMark.get(socket) ?? { read: 0, written: 0 };
    if (service) {
      traffic[service].bytesIn += socket.bytesRead - mark.read;
      traffic[service].bytesOut += socket.bytesWritten - mark.written;
    }
    lastMark.set(socket, { read: socket.bytesRead, written: socket.bytesWritten });
  });
};
