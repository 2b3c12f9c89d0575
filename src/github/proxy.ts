// Requests through the proxy of a self-hosted runner, as curl reads the environment: HTTPS_PROXY
// for https URLs, HTTP_PROXY for http ones (upper or lower case), and NO_PROXY's hosts (a name
// matches itself and its subdomains, `.name` and `*.name` the subdomains, `host:port` one port,
// `*` every host) go direct. undici's ProxyAgent carries the request (through CONNECT); it is
// loaded only when a proxy variable is set.
import { ProxyAgent, fetch as undiciFetch } from "undici";

type Fetch = typeof undiciFetch;

export function proxiedFetch(env: NodeJS.ProcessEnv, direct: Fetch): Fetch {
  const agents = new Map<string, ProxyAgent>();
  const agentFor = (proxy: string) => {
    let agent = agents.get(proxy);
    if (!agent) agents.set(proxy, (agent = new ProxyAgent(proxy)));
    return agent;
  };
  return (input, init) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const proxy = proxyFor(url, env);
    return proxy ? undiciFetch(input, { ...init, dispatcher: agentFor(proxy) }) : direct(input, init);
  };
}

/** The proxy URL for `url`, or undefined to go direct. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  const https = url.protocol === "https:";
  const proxy = (https ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy))?.trim();
  if (!proxy) return undefined;
  return bypassed(url, env.NO_PROXY ?? env.no_proxy ?? "") ? undefined : proxy;
}

function bypassed(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return noProxy
    .split(/[\s,]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => {
      if (entry === "*") return true;
      const [name, entryPort] = entry.startsWith("[") ? [entry.slice(1, entry.indexOf("]")), entry.split("]:")[1]] : (entry.split(":") as [string, string | undefined]);
      if (entryPort && entryPort !== port) return false;
      const bare = name.replace(/^\*?\./, "");
      return host === bare ? !name.startsWith(".") && !name.startsWith("*.") : host.endsWith(`.${bare}`);
    });
}
