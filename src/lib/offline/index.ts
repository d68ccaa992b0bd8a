// Offline use: the web app manifest and what the service worker keeps.
export * from './manifest';
export * from './worker-policy';
