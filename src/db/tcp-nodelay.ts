// neo4j-driver 5.28 leaves Nagle's algorithm on for its Bolt sockets (the only socket option it sets is
// keep-alive). A Bolt message longer than the driver's 1,400-byte chunk goes out in two writes, and the second
// waits for the server's delayed ACK: about 40 ms added to every such query (measured in docs/benchmarks.md).
// Turning Nagle off wherever keep-alive is turned on fixes it for the driver; other sockets that ask for
// keep-alive (HTTP) lose nothing by sending small writes at once.
import net from 'node:net';

const original = net.Socket.prototype.setKeepAlive;
let installed = false;

export function enableNoDelayForDriverSockets(): void {
  if (installed) return;
  installed = true;
  net.Socket.prototype.setKeepAlive = function setKeepAliveWithoutNagle(this: net.Socket, ...args: Parameters<typeof original>) {
    this.setNoDelay(true);
    return original.apply(this, args);
  };
}
