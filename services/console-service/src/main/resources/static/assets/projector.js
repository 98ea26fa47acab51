// MACE projector view: the left and right arrow keys follow the page's previous and next links (not while typing).
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) {
    return;
  }
  var link = event.key === 'ArrowRight' ? document.querySelector('a[rel="next"]')
    : event.key === 'ArrowLeft' ? document.querySelector('a[rel="prev"]') : null;
  if (link) {
    event.preventDefault();
    window.location.assign(link.href);
  }
});
