/** time: the checker's declarations of package time (its exported API as Go, bodies omitted). */

/** source is package time's declarations as Go text. */
export const source = `package time
type Duration int64
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)
func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
type Time struct { ns int64 }
func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixNano() int64
func (t Time) Format(layout string) string
func (t Time) String() string
type Timer struct {
	C <-chan Time
	r int
}
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
type Ticker struct {
	C <-chan Time
	r int
}
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
func NewTimer(d Duration) *Timer
func NewTicker(d Duration) *Ticker
func AfterFunc(d Duration, f func()) *Timer
func ParseDuration(s string) (Duration, error)
func (d Duration) Abs() Duration
`;
