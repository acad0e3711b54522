/** io: the checker's declarations of package io (its exported API as Go, bodies omitted). */

/** source is package io's declarations as Go text. */
export const source = `package io
type Writer interface { Write(p []byte) (n int, err error) }
type Reader interface { Read(p []byte) (n int, err error) }
type StringWriter interface { WriteString(s string) (n int, err error) }
var EOF error
var ErrUnexpectedEOF error
var Discard Writer
func WriteString(w Writer, s string) (n int, err error)
`;
