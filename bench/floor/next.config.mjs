// The floor: a blank Next page built by `npm run bench` with the project's own Next (node_modules of the repo),
// measured beside every route in the same run. Same export settings as the app's next.config.ts.
export default { output: "export", trailingSlash: true, images: { unoptimized: true }, poweredByHeader: false };
