// Long work shows progress: a status line with the seconds elapsed, and the form's buttons disabled meanwhile.

export async function withProgress(statusNode, label, form, work) {
  const started = performance.now();
  const tick = () => {
    const seconds = Math.floor((performance.now() - started) / 1000);
    statusNode.textContent = seconds >= 1 ? `${label}… ${seconds} s` : `${label}…`;
  };
  tick();
  const timer = setInterval(tick, 1000);
  const buttons = form ? [...form.querySelectorAll("button")] : [];
  buttons.forEach((b) => { b.disabled = true; });
  if (form) form.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    clearInterval(timer);
    statusNode.textContent = "";
    buttons.forEach((b) => { b.disabled = false; });
    if (form) form.removeAttribute("aria-busy");
  }
}

/** Runs work with progress; shows its failure as the API's one-line message in errorNode. Returns undefined on failure. */
export async function attempt(statusNode, errorNode, label, form, work) {
  errorNode.textContent = "";
  try {
    return await withProgress(statusNode, label, form, work);
  } catch (error) {
    errorNode.textContent = error.message || String(error);
    return undefined;
  }
}
