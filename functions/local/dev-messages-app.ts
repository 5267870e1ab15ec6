import { Hono } from 'hono';
import { html } from 'hono/html';
import type { LocalSmsOutbox } from './local-transports.js';

/**
 * `/dev/sms`: the text messages Envol would have sent, newest first, and a form that plays
 * a reply (« STOP ») from a number, as AWS End User Messaging receives it. Local only.
 */
export function createDevMessagesApp(sms: LocalSmsOutbox) {
  const app = new Hono().basePath('/dev/sms');
  app.get('/', (c) =>
    c.html(
      html`<!doctype html>
        <html lang="fr">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>SMS envoyés (local) – Envol</title>
          </head>
          <body>
            <main>
              <h1>SMS qu’Envol aurait envoyés</h1>
              <p>En local, aucun SMS ne part : ils s’affichent ici, le plus récent d’abord. <a href="/dev/sms">Actualiser</a></p>
              ${
                sms.list().length === 0
                  ? html`<p>Aucun SMS pour l’instant.</p>`
                  : html`<ol>
                      ${sms.list().map((message) => html`<li><p><strong>${message.to}</strong>, ${message.at}</p><pre>${message.text}</pre></li>`)}
                    </ol>`
              }
              <h2>Répondre à un SMS</h2>
              <p>Comme un téléphone qui répond : « STOP » arrête les SMS vers ce numéro (la liste d’opposition d’AWS).</p>
              <form method="post" action="/dev/sms/inbound">
                <p><label for="from">Numéro (E.164)</label> <input id="from" name="from" required placeholder="+33612345678" /></p>
                <p><label for="text">Réponse</label> <input id="text" name="text" required value="STOP" /></p>
                <p><button type="submit">Envoyer la réponse</button></p>
              </form>
            </main>
          </body>
        </html>`,
    ),
  );
  app.post('/inbound', async (c) => {
    const form = await c.req.parseBody();
    const from = typeof form.from === 'string' ? form.from.trim() : '';
    const text = typeof form.text === 'string' ? form.text : '';
    if (from) sms.receive(from, text);
    return c.redirect('/dev/sms', 303);
  });
  return app;
}
