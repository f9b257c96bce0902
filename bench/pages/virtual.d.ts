// bench/vite.config.ts resolves this to src/main.tsx. Declared here so that the bench type check
// (tsconfig.node.json, no JSX) does not follow the import into the app's own sources.
declare module 'virtual:composer-main' {}
