/**
 * pkg/fmt-io-errors-log: registers fmt, io, errors and log together — in the browser worker's entry (packages.lazy.ts). Each of them needs fmt's
 * printer and error values (`*errors.errorString`), and course programs import them together, so one fetch of
 * their shared gzip dictionary is smaller than four (docs/go-bundle.md). Packages whose implementation imports
 * these modules import this module too, so the bundler keeps the group in one chunk instead of splitting it.
 */
import './fmt.ts';
import './io.ts';
import './errors.ts';
import './log.ts';
