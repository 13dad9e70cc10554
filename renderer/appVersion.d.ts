/** The app's version from package.json, set when the renderer is built. */
declare const __PARAGRAF_VERSION__: string;
