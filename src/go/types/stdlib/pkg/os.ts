/** os: the checker's declarations of package os (its exported API as Go, bodies omitted). */

/** source is package os's declarations as Go text. */
export const source = `package os
type File struct { fd int }
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
var Stdout *File
var Stderr *File
var Args []string
func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
`;
