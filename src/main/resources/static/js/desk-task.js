// The desk's task pages (/desk/work, /desk/verify). No inline script: the pages work without this file
// (Tab, Enter and the form alone); it only keeps a region image from being dragged out or offered by the
// page's own context menu, and wires the verifier's buttons that copy side 1's or side 2's value into
// the field's input, then puts the focus there so the keyboard carries on.

for (const img of document.querySelectorAll('img.region')) {
  img.addEventListener('contextmenu', (e) => e.preventDefault());
  img.addEventListener('dragstart', (e) => e.preventDefault());
}

for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', () => {
    const from = document.getElementById(button.dataset.from);
    const to = document.getElementById(button.dataset.to);
    if (from && to) {
      to.value = from.dataset.value ?? '';
      to.focus();
    }
  });
}

// the first field (or the first one refused) has the focus, even where autofocus was not honoured
const first = document.querySelector('input[autofocus]');
if (first && document.activeElement !== first) first.focus();
