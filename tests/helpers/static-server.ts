import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

/**
 * Serve a built site on localhost as a static host would: under `pathPrefix`,
 * with `404.html` for missing pages. Resolves with its origin and a way to stop.
 */
export async function serveSite(siteDir: string, pathPrefix = "/"): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(siteDir, { dev: true, extensions: ["html"] });
  const notFound = await readFile(path.join(siteDir, "404.html"));
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(pathPrefix)) {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
      return;
    }
    request.url = `/${url.slice(pathPrefix.length)}`;
    files(request, response, () => {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
