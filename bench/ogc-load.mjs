// Closed-loop HTTP load for bench/ogc: CONNS keep-alive connections, each sending the next request as soon as the
// previous response has been read in full, for DUR seconds. Prints one JSON line: requests, rps, p50/p99 ms, errors
// (socket errors + non-2xx), bytes of the last body. No dependencies: Node's own http client.
import http from 'node:http';

const [url, conns = '1', seconds = '10'] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(conns) });
const headers = { Accept: 'application/geo+json, application/json' };
const until = performance.now() + Number(seconds) * 1000;
const latencies = [];
let errors = 0, bytes = 0;

function once() {
  return new Promise((resolve) => {
    const start = performance.now();
    const req = http.get(url, { agent, headers }, (res) => {
      let n = 0;
      res.on('data', (chunk) => { n += chunk.length; });
      res.on('end', () => {
        if (res.statusCode >= 200 && res.statusCode < 300) { latencies.push(performance.now() - start); bytes = n; } else errors++;
        resolve();
      });
      res.on('error', () => { errors++; resolve(); });
    });
    req.on('error', () => { errors++; resolve(); });
  });
}

async function worker() { while (performance.now() < until) await once(); }

const began = performance.now();
await Promise.all(Array.from({ length: Number(conns) }, worker));
const elapsed = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : 0;
console.log(JSON.stringify({ requests: latencies.length, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors, bytes }));
agent.destroy();
