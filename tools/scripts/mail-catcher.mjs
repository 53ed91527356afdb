#!/usr/bin/env node
// A real SMTP server for development and tests: it accepts every message on 127.0.0.1, keeps them
// in memory, and shows them on a small web page (and as JSON) so a person can read the mails and
// click their links. Usage: node tools/scripts/mail-catcher.mjs --smtp-port 1025 --http-port 1080
import http from 'node:http';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export async function startMailCatcher({ smtpPort = 0, httpPort = 0, maxMessages = 500, log = () => {} } = {}) {
  const messages = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.unshift({
            id: String(nextId++),
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            // Raw header lines by lower-cased name (List-Unsubscribe, Message-ID, ...), for tests.
            headers: Object.fromEntries((parsed.headerLines ?? []).map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
            receivedAt: new Date().toISOString(),
          });
          messages.length = Math.min(messages.length, maxMessages);
          log(`mail to ${session.envelope.rcptTo.map((r) => r.address).join(', ')}: ${parsed.subject}`);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, '127.0.0.1', resolve);
  });
  const boundSmtpPort = smtp.server.address().port;
  let smtpListening = true;
  // Tests stop and restart the SMTP listener (same port, messages kept) to play a mail server outage.
  const setSmtpListening = (listen) =>
    new Promise((resolve, reject) => {
      if (listen === smtpListening) return resolve();
      smtpListening = listen;
      if (listen) {
        smtp.server.once('error', reject);
        smtp.server.listen(boundSmtpPort, '127.0.0.1', resolve);
      } else {
        smtp.server.close(() => resolve());
        for (const connection of smtp.connections ?? []) connection.close?.();
      }
    });

  const web = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/messages' && req.method === 'GET') {
      const to = url.searchParams.get('to')?.toLowerCase();
      const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
      return;
    }
    if (url.pathname === '/api/smtp' && req.method === 'POST') {
      const listen = url.searchParams.get('listen') === 'true';
      setSmtpListening(listen).then(
        () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ listening: smtpListening })),
        (error) => res.writeHead(500).end(String(error)),
      );
      return;
    }
    if (url.pathname === '/api/messages' && req.method === 'DELETE') {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    const match = /^\/messages\/(\d+)$/.exec(url.pathname);
    if (match) {
      const message = messages.find((m) => m.id === match[1]);
      if (!message) return void res.writeHead(404).end('No such message');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(message.subject, message.html || `<pre>${escapeHtml(message.text)}</pre>`));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const rows = messages
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to.join(', '))}</td>` +
          `<td><a href="/messages/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`,
      )
      .join('');
    res.end(
      page(
        'Mail catcher',
        `<h1>Mail sent by Impact Review (${messages.length})</h1>` +
          `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`,
      ),
    );
  });
  await new Promise((resolve, reject) => {
    web.once('error', reject);
    web.listen(httpPort, '127.0.0.1', resolve);
  });

  return {
    smtpPort: boundSmtpPort,
    httpPort: web.address().port,
    messages,
    stop: () =>
      new Promise((resolve) => {
        web.close(() => (smtpListening ? smtp.close(() => resolve()) : resolve()));
      }),
  };
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px system-ui,sans-serif;margin:2rem;max-width:60rem}td,th{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}</style>
</head><body>${body}</body></html>`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      'smtp-port': { type: 'string', default: '1025' },
      'http-port': { type: 'string', default: '1080' },
      'max-messages': { type: 'string', default: '500' },
    },
  });
  const catcher = await startMailCatcher({
    smtpPort: Number(values['smtp-port']),
    httpPort: Number(values['http-port']),
    maxMessages: Number(values['max-messages']),
    log: (line) => console.log(`[mail] ${line}`),
  });
  console.log(`mail-catcher ready smtp://127.0.0.1:${catcher.smtpPort} http://127.0.0.1:${catcher.httpPort}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => catcher.stop().then(() => process.exit(0)));
}
