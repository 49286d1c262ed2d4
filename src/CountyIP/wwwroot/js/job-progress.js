// Live progress for background jobs (Platform/Jobs/Pages/JobProgressBar.razor): polls /api/jobs/{id} once a
// second while a job runs, updates the bar, and reloads the page when the job has finished.
(() => {
  const watched = new Set();

  async function poll(element) {
    const id = element.dataset.jobId;
    try {
      const response = await fetch(`/api/jobs/${id}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const job = await response.json();
        const percent = `${job.progressPercent}%`;
        element.querySelector('[data-job-bar]')?.style.setProperty('width', percent);
        element.querySelector('[role=progressbar]')?.setAttribute('aria-valuenow', job.progressPercent);
        const percentText = element.querySelector('[data-job-percent]');
        if (percentText) { percentText.textContent = percent; }
        const text = element.querySelector('[data-job-text]');
        if (text) { text.textContent = job.progressText ?? ''; }
        // The API writes the status as its name ("Running", "Succeeded", ...); isFinished is the one flag to trust.
        if (job.isFinished) {
          watched.delete(id);
          window.location.reload();
          return;
        }
      }
    } catch {
      // Network hiccup: try again on the next tick.
    }
    if (document.contains(element)) {
      setTimeout(() => poll(element), 1000);
    } else {
      watched.delete(id);
    }
  }

  function scan() {
    document.querySelectorAll('[data-job-id][data-job-finished="false"]').forEach((element) => {
      if (!watched.has(element.dataset.jobId)) {
        watched.add(element.dataset.jobId);
        setTimeout(() => poll(element), 1000);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    scan();
    // Pages reached by Blazor's enhanced navigation do not fire DOMContentLoaded again.
    window.Blazor?.addEventListener?.('enhancedload', scan);
  });
})();
