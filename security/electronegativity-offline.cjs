// Loaded with --require before electronegativity, by tests/unit/electronegativity.test.ts.
// The tool fetches translations (and, in one check we skip, Electron's release list) from the
// network on every run; tests run offline, so those requests fail at once instead of waiting
// for timeouts. Everything it checks is local.
const Module = require('node:module');
const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: electronegativity runs without the network'));
  return load.call(this, request, ...rest);
};
