package main

import (
	"context"
	"database/sql"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the driver FerretDB uses; registered as "sqlite"
)

// walAutoCheckpointPages is SQLite's own checkpoint threshold for FerretDB's connections. It is a
// safety net only: normally the background checkpointer below keeps the WAL far smaller, so the
// writer holding the write gate never pays for a checkpoint (which took about 8 % of the
// database's CPU inside the gate at a deadline surge).
const walAutoCheckpointPages = 16384

// backgroundCheckpoints is the --background-checkpoints flag.
var backgroundCheckpoints = true

// checkpointInterval is how often the background checkpointer copies the WAL into the database.
const checkpointInterval = 250 * time.Millisecond

// runCheckpointer copies committed WAL frames into each database file of dataDir with PASSIVE
// checkpoints from its own connections: they never block readers or the writer, and they move the
// checkpoint work out of the serialized write path. It stops when ctx is done.
func runCheckpointer(ctx context.Context, dataDir string, logger *slog.Logger) {
	conns := map[string]*sql.DB{}
	defer func() {
		for _, db := range conns {
			_ = db.Close()
		}
	}()

	ticker := time.NewTicker(checkpointInterval)
	defer ticker.Stop()

	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}

		files, _ := filepath.Glob(filepath.Join(dataDir, "*.sqlite"))
		for _, file := range files {
			// Only databases that have a WAL need work; FerretDB creates them lazily.
			if info, err := os.Stat(file + "-wal"); err != nil || info.Size() == 0 {
				continue
			}
			db := conns[file]
			if db == nil {
				u := &url.URL{Scheme: "file", Path: file, RawQuery: "_pragma=busy_timeout(0)"}
				var err error
				if db, err = sql.Open("sqlite", u.String()); err != nil {
					logger.Warn("checkpointer: cannot open database", slog.String("file", file), slog.Any("error", err))
					continue
				}
				db.SetMaxOpenConns(1)
				conns[file] = db
			}
			if _, err := db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)"); err != nil &&
				ctx.Err() == nil && !strings.Contains(err.Error(), "SQLITE_BUSY") {
				logger.Warn("checkpointer: checkpoint failed", slog.String("file", file), slog.Any("error", err))
			}
		}
	}
}
