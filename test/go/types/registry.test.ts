import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/go/syntax/index.ts';
import { checkFiles, registerPackage, supportedImports } from '../../../src/go/types/index.ts';

function diags(src: string): string[] {
  return checkFiles([{ name: 'main.go', text: src }]).diagnostics.map(formatDiagnostic);
}

describe('the package registry', () => {
  it('lists the standard packages learners may import', () => {
    const list = supportedImports();
    for (const p of ['fmt', 'errors', 'context', 'time', 'sync', 'sync/atomic', 'strings', 'strconv', 'sort', 'log', 'os', 'math', 'math/rand']) {
      expect(list).toContain(p);
    }
    expect(list).not.toContain('unsafe');
  });

  it('checks learner code against stdlib signatures written as Go', () => {
    expect(diags('package main\nimport "strings"\nfunc main() {\n\tvar n int = strings.ToUpper("a")\n\t_ = n\n}\n')).toEqual([
      'main.go:4:14: cannot use strings.ToUpper("a") (value of type string) as int value in variable declaration',
    ]);
    expect(diags('package main\nimport "time"\nfunc main() {\n\tvar d time.Duration = 2 * time.Second\n\t_ = d.Seconds() + 1\n}\n')).toEqual([]);
  });

  it('accepts packages registered later, which may import registered ones', () => {
    registerPackage('example.com/pool', `package pool
import (
	"context"
	"time"
)
type DB struct { n int }
func Open(dsn string) (*DB, error)
func (db *DB) PingContext(ctx context.Context) error
func (db *DB) SetConnMaxLifetime(d time.Duration)
var ErrClosed error
`);
    expect(diags(`package main
import (
	"context"
	"example.com/pool"
	"time"
)
func main() {
	db, err := pool.Open("dsn")
	if err != nil {
		return
	}
	db.SetConnMaxLifetime(time.Minute)
	_ = db.PingContext(context.Background())
	db.Ping()
}
`)).toEqual(['main.go:14:5: db.Ping undefined (type *pool.DB has no field or method Ping)']);
  });

  it('reports a broken stub as an internal error, not as a learner diagnostic', () => {
    registerPackage('example.com/broken', 'package broken\nfunc F() Missing\n');
    expect(() => diags('package main\nimport "example.com/broken"\nfunc main() { broken.F() }\n')).toThrow(/internal error: stdlib stub example.com\/broken/);
  });
});
