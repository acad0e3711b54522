/** strconv: the checker's declarations of package strconv (its exported API as Go, bodies omitted). */

/** source is package strconv's declarations as Go text. */
export const source = `package strconv
type NumError struct {
	Func string
	Num  string
	Err  error
}
func (e *NumError) Error() string
func (e *NumError) Unwrap() error
var ErrRange error
var ErrSyntax error
func Atoi(s string) (int, error)
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func Quote(s string) string
func FormatUint(i uint64, base int) string
func ParseUint(s string, base int, bitSize int) (uint64, error)
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func Unquote(s string) (string, error)
func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
`;
