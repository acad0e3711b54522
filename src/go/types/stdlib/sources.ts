/**
 * The standard-library surface the checker knows, as Go declarations (bodies omitted), one source per import
 * path. go-back implements the same names in src/go/std/. database/sql, the MySQL driver and net/http are
 * registered later by their own modules through registerPackage().
 */

/** STD_SOURCES maps an import path to the Go declarations of its exported API. */
export const STD_SOURCES: Record<string, string> = {
  io: `package io
type Writer interface { Write(p []byte) (n int, err error) }
type Reader interface { Read(p []byte) (n int, err error) }
type StringWriter interface { WriteString(s string) (n int, err error) }
var EOF error
var ErrUnexpectedEOF error
var Discard Writer
func WriteString(w Writer, s string) (n int, err error)
`,
  fmt: `package fmt
import "io"
type Stringer interface { String() string }
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Errorf(format string, a ...any) error
`,
  errors: `package errors
func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
`,
  os: `package os
type File struct { fd int }
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
var Stdout *File
var Stderr *File
var Args []string
func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
`,
  strings: `package strings
type Builder struct { buf []byte }
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
type Replacer struct { oldnew []string }
func NewReplacer(oldnew ...string) *Replacer
func (r *Replacer) Replace(s string) string
func Compare(a, b string) int
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func Cut(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func EqualFold(s, t string) bool
func Fields(s string) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Title(s string) string
func ToLower(s string) string
func ToUpper(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func TrimSpace(s string) string
func FieldsFunc(s string, f func(rune) bool) []string
func Map(mapping func(rune) rune, s string) string
func IndexAny(s, chars string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func IndexFunc(s string, f func(rune) bool) int
func ContainsFunc(s string, f func(rune) bool) bool
func TrimFunc(s string, f func(rune) bool) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimRightFunc(s string, f func(rune) bool) string
func SplitAfterN(s, sep string, n int) []string
func ToTitle(s string) string
func Clone(s string) string
`,
  strconv: `package strconv
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
`,
  sync: `package sync
type Locker interface {
	Lock()
	Unlock()
}
type WaitGroup struct { n int }
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
type Mutex struct { state int32 }
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
type RWMutex struct { w Mutex }
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
type Once struct { done uint32 }
func (o *Once) Do(f func())
type Cond struct {
	L Locker
	n int
}
func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()
type Map struct { m map[any]any }
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Range(f func(key, value any) bool)
`,
  'sync/atomic': `package atomic
func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
type Int32 struct { v int32 }
func (x *Int32) Load() int32
func (x *Int32) Store(val int32)
func (x *Int32) Add(delta int32) (new int32)
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)
type Int64 struct { v int64 }
func (x *Int64) Load() int64
func (x *Int64) Store(val int64)
func (x *Int64) Add(delta int64) (new int64)
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)
type Bool struct { v uint32 }
func (x *Bool) Load() bool
func (x *Bool) Store(val bool)
func (x *Int32) Swap(new int32) (old int32)
func (x *Int64) Swap(new int64) (old int64)
func (x *Bool) Swap(new bool) (old bool)
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)
type Uint64 struct { v uint64 }
func (x *Uint64) Load() uint64
func (x *Uint64) Store(val uint64)
func (x *Uint64) Add(delta uint64) (new uint64)
func (x *Uint64) Swap(new uint64) (old uint64)
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)
type Value struct { v any }
func (v *Value) Load() (val any)
func (v *Value) Store(val any)
func (v *Value) Swap(new any) (old any)
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func LoadUint64(addr *uint64) (val uint64)
func StoreUint64(addr *uint64, val uint64)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
`,
  time: `package time
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
`,
  context: `package context
import "time"
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}
type CancelFunc func()
type CancelCauseFunc func(cause error)
var Canceled error
var DeadlineExceeded error
func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
func WithoutCancel(parent Context) Context
func Cause(c Context) error
func AfterFunc(ctx Context, f func()) (stop func() bool)
`,
  math: `package math
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
	Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
	MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)
func Abs(x float64) float64
func Atan(x float64) float64
func Ceil(x float64) float64
func Cos(x float64) float64
func Exp(x float64) float64
func Floor(x float64) float64
func Hypot(p, q float64) float64
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func NaN() float64
func Pow(x, y float64) float64
func Round(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sqrt(x float64) float64
func Trunc(x float64) float64
func Acos(x float64) float64
func Asin(x float64) float64
func Atan2(y, x float64) float64
func Cbrt(x float64) float64
func Copysign(f, sign float64) float64
func Dim(x, y float64) float64
func Expm1(x float64) float64
func Log1p(x float64) float64
func Modf(f float64) (int float64, frac float64)
func Remainder(x, y float64) float64
func Tan(x float64) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
`,
  log: `package log
const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)
func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)
func SetFlags(flag int)
func Flags() int
func SetPrefix(prefix string)
func Prefix() string
`,
  sort: `package sort
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func IntsAreSorted(x []int) bool
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}
func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool
func Reverse(data Interface) Interface
func SliceIsSorted(x any, less func(i, j int) bool) bool
func SearchStrings(a []string, x string) int
func StringsAreSorted(x []string) bool
type IntSlice []int
func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)
type StringSlice []string
func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)
type Float64Slice []float64
func (x Float64Slice) Len() int
func (x Float64Slice) Less(i, j int) bool
func (x Float64Slice) Swap(i, j int)
`,
  'math/rand': `package rand
func Seed(seed int64)
func Int() int
func Intn(n int) int
func Int31n(n int32) int32
func Int63n(n int64) int64
func Float64() float64
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Int31() int32
func Int63() int64
func Uint32() uint32
type Source interface {
	Int63() int64
	Seed(seed int64)
}
func NewSource(seed int64) Source
type Rand struct { src Source }
func New(src Source) *Rand
func (r *Rand) Int() int
func (r *Rand) Intn(n int) int
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Int63() int64
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Seed(seed int64)
`,
  runtime: `package runtime
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
`,
  'unicode/utf8': `package utf8
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
`,
  unicode: `package unicode
const (
	MaxRune         = '\\U0010FFFF'
	ReplacementChar = '\\uFFFD'
)
func IsDigit(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsUpper(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func ToLower(r rune) rune
func ToUpper(r rune) rune
func ToTitle(r rune) rune
`,
};

/** INTERNAL_ONLY lists packages the stubs depend on that learners cannot import (none at present). */
export const INTERNAL_ONLY: ReadonlySet<string> = new Set([]);
