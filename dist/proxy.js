import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { u as undiciExports } from './undici.js';
import './_builtin_buffer.js';
import 'node:module';
import './_builtin_net.js';
import './_builtin_tls.js';
import './_builtin_http.js';
import './_builtin_events.js';
import './_builtin_assert.js';
import './_builtin_util.js';
import './_builtin_stream.js';
import './_builtin_querystring.js';
import './_builtin_diagnostics_channel.js';
import './_builtin_zlib.js';
import './_builtin_perf_hooks.js';
import './_builtin_util_types.js';
import './_builtin_worker_threads.js';
import './_builtin_crypto.js';
import './_builtin_http2.js';
import './_builtin_url.js';
import './_builtin_async_hooks.js';
import './_builtin_console.js';
import './_builtin_dns.js';
import './_builtin_string_decoder.js';
import './_commonjs_helpers.js';

// Requests through the proxy of a self-hosted runner, as curl reads the environment: HTTPS_PROXY
// for https URLs, HTTP_PROXY for http ones (upper or lower case), and NO_PROXY's hosts (a name
// matches itself and its subdomains, `.name` and `*.name` the subdomains, `host:port` one port,
// `*` every host) go direct. undici's ProxyAgent carries the request (through CONNECT); it is
// loaded only when a proxy variable is set.



function proxiedFetch(env, direct) {
  const agents = new Map();
  const agentFor = (proxy) => {
    let agent = agents.get(proxy);
    if (!agent) agents.set(proxy, (agent = new undiciExports.ProxyAgent(proxy)));
    return agent;
  };
  return (input, init) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const proxy = proxyFor(url, env);
    return proxy ? undiciExports.fetch(input, { ...init, dispatcher: agentFor(proxy) }) : direct(input, init);
  };
}

/** The proxy URL for `url`, or undefined to go direct. */
function proxyFor(url, env) {
  const https = url.protocol === "https:";
  const proxy = (https ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy))?.trim();
  if (!proxy) return undefined;
  return bypassed(url, env.NO_PROXY ?? env.no_proxy ?? "") ? undefined : proxy;
}

function bypassed(url, noProxy) {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return noProxy
    .split(/[\s,]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => {
      if (entry === "*") return true;
      const [name, entryPort] = entry.startsWith("[") ? [entry.slice(1, entry.indexOf("]")), entry.split("]:")[1]] : (entry.split(":") );
      if (entryPort && entryPort !== port) return false;
      const bare = name.replace(/^\*?\./, "");
      return host === bare ? !name.startsWith(".") && !name.startsWith("*.") : host.endsWith(`.${bare}`);
    });
}

export { proxiedFetch, proxyFor };
