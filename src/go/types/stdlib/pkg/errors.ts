/** errors: the checker's declarations of package errors (its exported API as Go, bodies omitted). */

/** source is package errors's declarations as Go text. */
export const source = `package errors
func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
`;
