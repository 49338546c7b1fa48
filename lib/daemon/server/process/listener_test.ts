import assert from "node:assert/strict";
import { listeningInodes, parseIp, serverHost } from "./listener.ts";

// Real lines of /proc/net/tcp and tcp6 (header, then sockets), trimmed to the fields used.
const TCP =
  `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 111 1 0 100 0 0 10 0
   1: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1001        0 222 1 0 100 0 0 10 0
   2: 0200007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 333 1 0 100 0 0 10 0
   3: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 444 1 0 100 0 0 10 0
   4: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 555 1 0 100 0 0 10 0
`;
const TCP6 =
  `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 666 1 0 100 0 0 10 0
   1: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 777 1 0 100 0 0 10 0
`;

Deno.test("listeningInodes() finds the listeners a connection to the address could reach", () => {
  // 127.0.0.1:8080: its own listener and the 0.0.0.0 one, not 127.0.0.2, not a connection.
  assert.deepEqual(listeningInodes(TCP, { address: parseIp("127.0.0.1")!, port: 8080 }), [
    "111",
    "222",
  ]);
  assert.deepEqual(listeningInodes(TCP, { address: parseIp("127.0.0.2")!, port: 8080 }), [
    "222",
    "333",
  ]);
  assert.deepEqual(listeningInodes(TCP, { address: parseIp("127.0.0.1")!, port: 8081 }), ["555"]);
  // A dual-stack "::" listener is reached from IPv4 too; "::1" only from IPv6.
  assert.deepEqual(listeningInodes(TCP6, { address: parseIp("127.0.0.1")!, port: 8080 }), ["777"]);
  assert.deepEqual(listeningInodes(TCP6, { address: parseIp("::1")!, port: 8080 }), ["666", "777"]);
  assert.deepEqual(listeningInodes(TCP, { address: parseIp("127.0.0.1")!, port: 9999 }), []);
});

Deno.test("parseIp() reads IPv4 and IPv6 addresses and refuses host names", () => {
  assert.deepEqual([...parseIp("10.0.0.255")!], [10, 0, 0, 255]);
  assert.deepEqual([...parseIp("::1")!], [...Array(15).fill(0), 1]);
  assert.deepEqual([...parseIp("[fe80::2]")!], [0xfe, 0x80, ...Array(13).fill(0), 2]);
  for (const bad of ["localhost", "256.0.0.1", "1::2::3", "1:2:3", ""]) {
    assert.equal(parseIp(bad), null, bad);
  }
});

Deno.test("serverHost() is server-ip when set, else loopback", () => {
  assert.equal(serverHost(""), "127.0.0.1");
  assert.equal(serverHost("0.0.0.0"), "127.0.0.1");
  assert.equal(serverHost("192.168.1.5"), "192.168.1.5");
});
