// Vite's explicit URL imports (`import url from './file.json?url'`): the default export is the URL
// the built extension serves the file at (https://vite.dev/guide/assets#explicit-url-imports).
declare module '*?url' {
  const url: string;
  export default url;
}
