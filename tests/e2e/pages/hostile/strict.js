document.body.append(
  Object.assign(document.createElement('p'), { textContent: 'Added by the page: sciatica.' }),
);
