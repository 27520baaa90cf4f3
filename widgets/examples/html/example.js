// Events bubble out of the widgets as yz-* CustomEvents: open the chosen item in the catalogue.
const catalogue = document.getElementById('catalogue');
document.getElementById('search')?.addEventListener('yz-select', (event) => {
  const { kind, id } = event.detail;
  if (kind === 'item' && catalogue) catalogue.setAttribute('item', id);
});
