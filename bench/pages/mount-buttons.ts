// The "Show form" / "Hide form" buttons of the plain, rjsf and JSON Forms pages: the flow switch
// benchmark clicks them to time a mount of the same 300 fields in each.
export function mountButtons(show: () => void, hide: () => void): HTMLElement {
  const bar = document.createElement('p');
  for (const [label, action] of [
    ['Show form', show],
    ['Hide form', hide],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', action);
    bar.append(button);
  }
  document.body.prepend(bar);
  const host = document.createElement('div');
  host.id = 'form-host';
  document.body.append(host);
  return host;
}
