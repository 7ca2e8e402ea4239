// Passkey ceremonies for the resident portal: registration after activation, and sign-in. The options
// come from the server as WebAuthn JSON and the credential goes back as its toJSON(); the browser does
// the rest. A form marked data-passkey="register" or "signin" is wired up; no inline script anywhere.
const csrf = () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
};

const post = async (url, body) => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...csrf() },
    body: body === undefined ? '{}' : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(json.message || ('HTTP ' + response.status));
  }
  return json;
};

const say = (form, text, ok) => {
  const out = form.querySelector('[aria-live]');
  if (out) {
    out.textContent = text;
    out.className = ok ? 'notice' : 'error';
  }
};

async function register(form) {
  const options = await post(form.dataset.options);
  const credential = await navigator.credentials.create({
    publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
  });
  const label = form.querySelector('input[name="label"]');
  const done = await post(form.action, { credential: credential.toJSON(), label: label ? label.value : '' });
  window.location.assign(done.next);
}

async function signIn(form) {
  const options = await post(form.dataset.options);
  const credential = await navigator.credentials.get({
    publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
  });
  const done = await post(form.action, credential.toJSON());
  window.location.assign(done.next);
}

export function wire(root) {
  for (const form of root.querySelectorAll('form[data-passkey]')) {
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
      say(form, form.dataset.unsupported, false);
      form.querySelector('button').disabled = true;
      continue;
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const button = form.querySelector('button');
      button.disabled = true;
      say(form, form.dataset.working, true);
      try {
        await (form.dataset.passkey === 'register' ? register(form) : signIn(form));
      } catch (e) {
        say(form, form.dataset.failed + ' (' + (e.name === 'NotAllowedError' ? form.dataset.cancelled : e.message) + ')', false);
        button.disabled = false;
      }
    });
  }
}

wire(document);
