/** unicode-utf8: the checker's declarations of package unicode/utf8 (its exported API as Go, bodies omitted). */

/** source is package unicode/utf8's declarations as Go text. */
export const source = `package utf8
const (
	RuneError = '\\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\\U0010FFFF'
	UTFMax    = 4
)
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func ValidString(s string) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
`;
