// Opens and closes <dialog> confirm steps for browsers without invoker commands (commandfor/command).
document.addEventListener('click', (event) => {
  const opener = event.target.closest('[data-dialog-open]');
  if (opener && !('commandForElement' in opener)) {
    document.getElementById(opener.dataset.dialogOpen)?.showModal();
  }
  const closer = event.target.closest('[data-dialog-close]');
  if (closer && !('commandForElement' in closer)) {
    document.getElementById(closer.dataset.dialogClose)?.close();
  }
});
