import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const PROGRAM = `package main

import (
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func configure(db *sql.DB) {
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(2)
	db.SetConnMaxLifetime(time.Minute)
	db.SetConnMaxIdleTime(30 * time.Second)
}

func main() {
	db, _ := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	configure(db)
	fmt.Println(db.Stats().MaxOpenConnections)
}
`;

describe('the pool settings name the learner\'s call', () => {
  it('each Set... call puts its own line, column and function on its pool.settings event', async () => {
    const r = await runSql(PROGRAM);
    expect(r.stdout).toBe('4\n');
    const settings = r.world.log.events.filter((e) => e.kind === 'pool.settings') as { setting: string; value: number; site?: { file: string; line: number; col: number; func?: string } }[];
    expect(settings.map((e) => [e.setting, e.value, e.site?.file, e.site?.line, e.site?.col, e.site?.func])).toEqual([
      ['maxOpen', 4, 'main.go', 12, 2, 'main.configure'],
      ['maxIdle', 2, 'main.go', 13, 2, 'main.configure'],
      ['maxLifetime', 60e9, 'main.go', 14, 2, 'main.configure'],
      ['maxIdleTime', 30e9, 'main.go', 15, 2, 'main.configure'],
    ]);
  });
});
