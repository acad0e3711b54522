/**
 * The Go declarations the checker knows for encoding/json and expvar (implemented in src/go/std/json.ts and
 * src/go/std/expvar.ts). Registered by src/go/std/sql/index.ts.
 */

/** WEB_SOURCES maps each import path to its Go declarations (bodies omitted). */
export const WEB_SOURCES: Record<string, string> = {
  'encoding/json': `package json
import "io"
func Marshal(v any) ([]byte, error)
func MarshalIndent(v any, prefix, indent string) ([]byte, error)
func Valid(data []byte) bool
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}
type Encoder struct { _ int }
func NewEncoder(w io.Writer) *Encoder
func (enc *Encoder) Encode(v any) error
func (enc *Encoder) SetEscapeHTML(on bool)
func (enc *Encoder) SetIndent(prefix, indent string)
`,
  expvar: `package expvar
import "net/http"
type Var interface {
	String() string
}
type Func func() any
func (f Func) String() string
func (f Func) Value() any
type Int struct { _ int }
func (v *Int) Add(delta int64)
func (v *Int) Set(value int64)
func (v *Int) Value() int64
func (v *Int) String() string
type Float struct { _ int }
func (v *Float) Add(delta float64)
func (v *Float) Set(value float64)
func (v *Float) Value() float64
func (v *Float) String() string
type String struct { _ int }
func (v *String) Set(value string)
func (v *String) Value() string
func (v *String) String() string
type Map struct { _ int }
func (v *Map) Add(key string, delta int64)
func (v *Map) AddFloat(key string, delta float64)
func (v *Map) Set(key string, av Var)
func (v *Map) Get(key string) Var
func (v *Map) Delete(key string)
func (v *Map) Do(f func(KeyValue))
func (v *Map) String() string
type KeyValue struct {
	Key   string
	Value Var
}
func Publish(name string, v Var)
func Get(name string) Var
func NewInt(name string) *Int
func NewFloat(name string) *Float
func NewString(name string) *String
func NewMap(name string) *Map
func Do(f func(KeyValue))
func Handler() http.Handler
`,
};
