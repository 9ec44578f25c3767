// The inbox web page at `/` of the mail port: the list from /api/v1/messages and one message at a time, its HTML
// part in a sandboxed frame (no scripts; links open in a new tab), so a developer can follow an invitation link.
export const inboxPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local inbox · Smart ATS</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 0; color: #1e293b; }
  header { display: flex; gap: 1rem; align-items: center; padding: .75rem 1rem; background: #0f172a; color: #fff; }
  header h1 { font-size: 1.1rem; margin: 0; flex: 1; }
  button { font: inherit; padding: .3rem .8rem; border-radius: .3rem; border: 1px solid #94a3b8; background: #fff; color: #0f172a; cursor: pointer; }
  main { display: grid; grid-template-columns: minmax(16rem, 1fr) 2fr; min-height: calc(100vh - 3rem); }
  ul { list-style: none; margin: 0; padding: 0; border-right: 1px solid #cbd5e1; overflow: auto; }
  li button { display: block; width: 100%; text-align: left; border: 0; border-bottom: 1px solid #e2e8f0; border-radius: 0; padding: .6rem 1rem; }
  li button[aria-current="true"] { background: #e0e7ff; }
  li .unread { font-weight: 700; }
  small { color: #475569; display: block; }
  article { padding: 1rem; overflow: auto; }
  iframe { width: 100%; min-height: 60vh; border: 1px solid #cbd5e1; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f8fafc; padding: .75rem; }
  @media (max-width: 700px) { main { grid-template-columns: 1fr; } ul { border-right: 0; border-bottom: 1px solid #cbd5e1; max-height: 40vh; } }
</style>
</head>
<body>
<header><h1>Local inbox</h1><button id="refresh" type="button">Refresh</button><button id="clear" type="button">Delete all</button></header>
<main>
  <ul id="list" aria-label="Messages"></ul>
  <article id="view" aria-live="polite"><p>Select a message.</p></article>
</main>
<script>
const list = document.getElementById('list');
const view = document.getElementById('view');
let current = '';
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
const who = (a) => a.Name ? a.Name + ' <' + a.Address + '>' : a.Address;
async function load() {
  const data = await (await fetch('api/v1/messages?limit=200')).json();
  list.replaceChildren();
  if (!data.messages.length) list.append(el('li', 'No messages yet.'));
  for (const m of data.messages) {
    const b = el('button');
    b.type = 'button';
    b.setAttribute('aria-current', String(m.ID === current));
    b.append(el('span', m.Subject || '(no subject)', m.Read ? '' : 'unread'), el('small', 'To ' + m.To.map(who).join(', ')), el('small', new Date(m.Created).toLocaleString()));
    b.onclick = () => show(m.ID);
    const li = el('li'); li.append(b); list.append(li);
  }
}
async function show(id) {
  current = id;
  const m = await (await fetch('api/v1/message/' + encodeURIComponent(id))).json();
  view.replaceChildren(el('h2', m.Subject || '(no subject)'), el('p', 'From ' + who(m.From)), el('p', 'To ' + m.To.map(who).join(', ')));
  if (m.HTML) {
    const f = el('iframe');
    f.title = 'HTML part';
    f.setAttribute('sandbox', 'allow-popups allow-popups-to-escape-sandbox');
    f.srcdoc = '<base target="_blank">' + m.HTML;
    view.append(f);
  }
  if (m.Text) view.append(el('h3', 'Plain text'), el('pre', m.Text));
  void load();
}
document.getElementById('refresh').onclick = () => void load();
document.getElementById('clear').onclick = async () => { await fetch('api/v1/messages', { method: 'DELETE' }); current = ''; view.replaceChildren(el('p', 'Select a message.')); void load(); };
void load();
setInterval(() => void load(), 5000);
</script>
</body>
</html>
`;
