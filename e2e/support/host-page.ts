import { type Server, createServer } from "node:http";

/**
 * Another origin: a bare news page on its own port that carries whatever embed code a test gives
 * it, as a newsroom's CMS would after asking the oEmbed endpoint.
 */
export class HostPage {
  private body = "";
  private server?: Server;

  constructor(readonly port: number) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Serves `embedHtml` in the middle of a story at /story; returns its URL. */
  carry(embedHtml: string): string {
    this.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
<style>body{margin:0;padding:8px;font-family:serif}</style></head>
<body><h1>A story that cites the figures</h1><p>Paragraph before the chart.</p>
${embedHtml}
<p id="after">Paragraph after the chart.</p></body></html>`;
    return `${this.origin}/story`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      if (request.url?.startsWith("/story")) {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        response.end(this.body);
      } else {
        response.writeHead(404).end();
      }
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", resolve);
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
