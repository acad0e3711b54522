// @ts-check
import mdx from '@astrojs/mdx';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import { splitDetailsSummary } from './src/site/mdx-details.ts';
import { workerCodeSplitting, workerPlugins } from './src/go/split-build.ts';

// Leakproof's site: static pages, MDX lessons highlighted at build time by Expressive Code.
export default defineConfig({
  site: 'https://leakproof.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    // Workers are ES modules, so the runner worker can import() chunks (the pages create them as modules). In the
    // workers every `X.eager.ts` becomes `X.lazy.ts`: the Go runtime loads each standard-library package as its own
    // chunk when a program imports it (src/go/lazy.ts, docs/go-bundle.md); what the entry loads stays one chunk.
    worker: { format: 'es', plugins: () => workerPlugins(), rolldownOptions: { output: { codeSplitting: workerCodeSplitting } } },
    plugins: [
      {
        // Lets lessons write `<details><summary>Answer</summary>` on one line, as the lesson contract does.
        name: 'leakproof:details-summary',
        enforce: 'pre',
        transform(code, id) {
          return id.endsWith('.mdx') ? { code: splitDetailsSummary(code), map: null } : undefined;
        },
      },
    ],
  },
  integrations: [
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
      useDarkModeMediaQuery: true,
      // Long lines wrap (indent kept) rather than scroll: no sideways scrolling on a phone, and no unnamed
      // scroll regions for screen readers.
      defaultProps: { wrap: true, preserveIndent: true },
      styleOverrides: {
        borderRadius: '0.4rem',
        codeFontSize: '0.9rem',
        uiFontSize: '0.85rem',
        textMarkers: {
          lineMarkerAccentWidth: '0.3rem',
          lineMarkerLabelPaddingInline: '0.4rem',
          lineMarkerLabelColor: ({ theme }) => (theme.type === 'dark' ? '#0d1117' : '#ffffff'),
          delBackground: ({ theme }) => (theme.type === 'dark' ? '#5a1d1d' : '#ffe4e1'),
          delBorderColor: ({ theme }) => (theme.type === 'dark' ? '#ff7b72' : '#b3261e'),
          delDiffIndicatorColor: ({ theme }) => (theme.type === 'dark' ? '#ff7b72' : '#b3261e'),
          insBackground: ({ theme }) => (theme.type === 'dark' ? '#12361f' : '#dcf5e3'),
          insBorderColor: ({ theme }) => (theme.type === 'dark' ? '#56d364' : '#1a7f37'),
          insDiffIndicatorColor: ({ theme }) => (theme.type === 'dark' ? '#56d364' : '#1a7f37'),
        },
      },
    }),
    mdx(),
  ],
});
