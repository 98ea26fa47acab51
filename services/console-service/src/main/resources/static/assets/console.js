// Lantern console: the few lines htmx needs here. No inline scripts (the page's CSP allows only these files).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// The alerts board: when the live connection to the console drops, say so (htmx's SSE extension opens it again by
// itself, and the console then says whether live updates are on).
document.addEventListener('htmx:sseError', function () {
  var status = document.getElementById('live-status');
  if (status) {
    status.innerHTML = '<strong>Live updates are paused:</strong> the connection to Lantern was lost. Trying again\u2026';
  }
});
