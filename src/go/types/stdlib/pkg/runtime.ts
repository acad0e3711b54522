/** runtime: the checker's declarations of package runtime (its exported API as Go, bodies omitted). */

/** source is package runtime's declarations as Go text. */
export const source = `package runtime
type Error interface {
	error
	RuntimeError()
}
type PanicNilError struct { _ [0]int }
func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()
func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func GC()
`;
