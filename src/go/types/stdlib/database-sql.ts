/**
 * The Go declarations the checker knows for database/sql, database/sql/driver, go-sql-driver/mysql and
 * the course's minimal net/http (implemented in src/go/std/sql/). Registered by src/go/std/sql/index.ts.
 */

/** SQL_SOURCES maps each import path to its Go declarations (bodies omitted). */
export const SQL_SOURCES: Record<string, string> = {
  'database/sql/driver': `package driver
var ErrBadConn error
var ErrSkip error
type Value any
`,
  'database/sql': `package sql
import (
	"context"
	"database/sql/driver"
	"time"
)
var ErrNoRows error
var ErrConnDone error
var ErrTxDone error
type IsolationLevel int
const (
	LevelDefault IsolationLevel = iota
	LevelReadUncommitted
	LevelReadCommitted
	LevelWriteCommitted
	LevelRepeatableRead
	LevelSnapshot
	LevelSerializable
	LevelLinearizable
)
type TxOptions struct {
	Isolation IsolationLevel
	ReadOnly  bool
}
type Result interface {
	LastInsertId() (int64, error)
	RowsAffected() (int64, error)
}
type DBStats struct {
	MaxOpenConnections int
	OpenConnections int
	InUse int
	Idle int
	WaitCount int64
	WaitDuration time.Duration
	MaxIdleClosed int64
	MaxIdleTimeClosed int64
	MaxLifetimeClosed int64
}
type RawBytes []byte
type NullString struct {
	String string
	Valid  bool
}
func (ns *NullString) Scan(value any) error
func (ns NullString) Value() (driver.Value, error)
type NullInt64 struct {
	Int64 int64
	Valid bool
}
func (n *NullInt64) Scan(value any) error
func (n NullInt64) Value() (driver.Value, error)
type NullInt32 struct {
	Int32 int32
	Valid bool
}
type NullFloat64 struct {
	Float64 float64
	Valid   bool
}
func (n *NullFloat64) Scan(value any) error
func (n NullFloat64) Value() (driver.Value, error)
type NullBool struct {
	Bool  bool
	Valid bool
}
func (n *NullBool) Scan(value any) error
func (n NullBool) Value() (driver.Value, error)
type NullTime struct {
	Time  time.Time
	Valid bool
}
type DB struct { _ int }
func Open(driverName, dataSourceName string) (*DB, error)
func Drivers() []string
func (db *DB) Ping() error
func (db *DB) PingContext(ctx context.Context) error
func (db *DB) Query(query string, args ...any) (*Rows, error)
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error)
func (db *DB) QueryRow(query string, args ...any) *Row
func (db *DB) QueryRowContext(ctx context.Context, query string, args ...any) *Row
func (db *DB) Exec(query string, args ...any) (Result, error)
func (db *DB) ExecContext(ctx context.Context, query string, args ...any) (Result, error)
func (db *DB) Prepare(query string) (*Stmt, error)
func (db *DB) PrepareContext(ctx context.Context, query string) (*Stmt, error)
func (db *DB) Begin() (*Tx, error)
func (db *DB) BeginTx(ctx context.Context, opts *TxOptions) (*Tx, error)
func (db *DB) Conn(ctx context.Context) (*Conn, error)
func (db *DB) Close() error
func (db *DB) Stats() DBStats
func (db *DB) SetMaxOpenConns(n int)
func (db *DB) SetMaxIdleConns(n int)
func (db *DB) SetConnMaxLifetime(d time.Duration)
func (db *DB) SetConnMaxIdleTime(d time.Duration)
type Rows struct { _ int }
func (rs *Rows) Next() bool
func (rs *Rows) Scan(dest ...any) error
func (rs *Rows) Err() error
func (rs *Rows) Close() error
func (rs *Rows) Columns() ([]string, error)
type Row struct { _ int }
func (r *Row) Scan(dest ...any) error
func (r *Row) Err() error
type Stmt struct { _ int }
func (s *Stmt) Exec(args ...any) (Result, error)
func (s *Stmt) ExecContext(ctx context.Context, args ...any) (Result, error)
func (s *Stmt) Query(args ...any) (*Rows, error)
func (s *Stmt) QueryContext(ctx context.Context, args ...any) (*Rows, error)
func (s *Stmt) QueryRow(args ...any) *Row
func (s *Stmt) QueryRowContext(ctx context.Context, args ...any) *Row
func (s *Stmt) Close() error
type Tx struct { _ int }
func (tx *Tx) Commit() error
func (tx *Tx) Rollback() error
func (tx *Tx) Exec(query string, args ...any) (Result, error)
func (tx *Tx) ExecContext(ctx context.Context, query string, args ...any) (Result, error)
func (tx *Tx) Query(query string, args ...any) (*Rows, error)
func (tx *Tx) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error)
func (tx *Tx) QueryRow(query string, args ...any) *Row
func (tx *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *Row
func (tx *Tx) Prepare(query string) (*Stmt, error)
func (tx *Tx) PrepareContext(ctx context.Context, query string) (*Stmt, error)
type Conn struct { _ int }
func (c *Conn) PingContext(ctx context.Context) error
func (c *Conn) ExecContext(ctx context.Context, query string, args ...any) (Result, error)
func (c *Conn) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error)
func (c *Conn) QueryRowContext(ctx context.Context, query string, args ...any) *Row
func (c *Conn) PrepareContext(ctx context.Context, query string) (*Stmt, error)
func (c *Conn) BeginTx(ctx context.Context, opts *TxOptions) (*Tx, error)
func (c *Conn) Close() error
`,
  'github.com/go-sql-driver/mysql': `package mysql
type MySQLError struct {
	Number   uint16
	SQLState [5]byte
	Message  string
}
func (me *MySQLError) Error() string
func (me *MySQLError) Is(err error) bool
var ErrInvalidConn error
var ErrMalformPkt error
var ErrBusyBuffer error
`,
  'net/http': `package http
import (
	"context"
	"io"
	"net/url"
)
const (
	StatusContinue = 100
	StatusOK = 200
	StatusCreated = 201
	StatusAccepted = 202
	StatusNoContent = 204
	StatusMovedPermanently = 301
	StatusFound = 302
	StatusNotModified = 304
	StatusBadRequest = 400
	StatusUnauthorized = 401
	StatusForbidden = 403
	StatusNotFound = 404
	StatusMethodNotAllowed = 405
	StatusRequestTimeout = 408
	StatusConflict = 409
	StatusGone = 410
	StatusUnprocessableEntity = 422
	StatusTooManyRequests = 429
	StatusInternalServerError = 500
	StatusNotImplemented = 501
	StatusBadGateway = 502
	StatusServiceUnavailable = 503
	StatusGatewayTimeout = 504
)
const (
	MethodGet = "GET"
	MethodHead = "HEAD"
	MethodPost = "POST"
	MethodPut = "PUT"
	MethodPatch = "PATCH"
	MethodDelete = "DELETE"
	MethodOptions = "OPTIONS"
)
var ErrServerClosed error
var ErrAbortHandler error
type Header map[string][]string
func (h Header) Set(key, value string)
func (h Header) Get(key string) string
func (h Header) Add(key, value string)
func (h Header) Del(key string)
type ResponseWriter interface {
	Header() Header
	Write(b []byte) (int, error)
	WriteHeader(statusCode int)
}
type Request struct {
	Method     string
	URL        *url.URL
	Header     Header
	Host       string
	RemoteAddr string
	RequestURI string
	Pattern    string
	ctx        context.Context
}
func (r *Request) Context() context.Context
func (r *Request) PathValue(name string) string
func (r *Request) FormValue(key string) string
type Handler interface {
	ServeHTTP(w ResponseWriter, r *Request)
}
type HandlerFunc func(ResponseWriter, *Request)
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request)
type ServeMux struct { _ int }
func NewServeMux() *ServeMux
func (mux *ServeMux) Handle(pattern string, handler Handler)
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request))
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request)
var DefaultServeMux *ServeMux
func Handle(pattern string, handler Handler)
func HandleFunc(pattern string, handler func(ResponseWriter, *Request))
func ListenAndServe(addr string, handler Handler) error
func Error(w ResponseWriter, error string, code int)
func NotFound(w ResponseWriter, r *Request)
func NotFoundHandler() Handler
func NewRequest(method, url string, body io.Reader) (*Request, error)
func NewRequestWithContext(ctx context.Context, method, url string, body io.Reader) (*Request, error)
func StatusText(code int) string
`,
  'net/url': `package url
type Values map[string][]string
func (v Values) Get(key string) string
func (v Values) Set(key, value string)
func (v Values) Add(key, value string)
func (v Values) Del(key string)
func (v Values) Has(key string) bool
func (v Values) Encode() string
func ParseQuery(query string) (Values, error)
func QueryEscape(s string) string
func QueryUnescape(s string) (string, error)
type URL struct {
	Path     string
	RawQuery string
}
func (u *URL) Query() Values
func (u *URL) String() string
`,
};

/** SQL_INTERNAL lists paths the checker loads for imports between stubs but learners may not import. */
export const SQL_INTERNAL: ReadonlySet<string> = new Set([]);
