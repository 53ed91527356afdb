// Command ferretdb-launcher runs an embedded FerretDB (MongoDB wire protocol)
// backed by SQLite files in a local directory, for development and tests.
//
// FerretDB's own cmd/ferretdb cannot be built with `go install` (it panics on a
// missing generated build/version/version.txt), so we use the embeddable
// package, which skips that check.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (host must be 127.0.0.1 or localhost; port 0 picks a free one)")
	dataDir := flag.String("data-dir", "", "directory for SQLite database files (created if missing)")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn or error")
	parentPID := flag.Int("parent-pid", 0, "exit when the process with this pid is gone (0 = disabled)")

	var opts patchOptions
	flag.DurationVar(&opts.writeWaitTimeout, "write-wait-timeout", 30*time.Second,
		"how long a write command may wait for the write gate before it fails (a command's maxTimeMS also applies)")
	flag.BoolVar(&opts.disablePushdown, "disable-pushdown", false,
		"evaluate every query in Go, as upstream FerretDB without pushdown does (reference for tests)")
	flag.BoolVar(&opts.testCommands, "test-commands", false,
		"enable the ferretdbLauncherHoldWriteGate and ferretdbLauncherWriteGateStatus commands (tests only)")
	flag.BoolVar(&backgroundCheckpoints, "background-checkpoints", true, "checkpoint the WAL from a background connection instead of inside writes")
	pprofAddr := flag.String("pprof", "", "serve Go's profiler (net/http/pprof) on this loopback address, e.g. 127.0.0.1:6060 (profiling only)")
	flag.Parse()

	// Documents are decoded into many short-lived objects; with the default GOGC=100 the collector
	// used about a quarter of the database's CPU at a deadline surge. Memory is cheap next to that.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}

	if *pprofAddr != "" {
		if err := servePprof(*pprofAddr); err != nil {
			fmt.Fprintln(os.Stderr, "ferretdb-launcher:", err)
			os.Exit(1)
		}
	}

	// When the parent dies, our stdout/stderr pipes break; by default Go would then
	// be killed by SIGPIPE on the next log line, skipping the clean SQLite shutdown.
	signal.Ignore(syscall.SIGPIPE)

	if err := run(*listen, *dataDir, *logLevel, *parentPID, opts); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb-launcher:", err)
		os.Exit(1)
	}
}

func run(listen, dataDir, logLevel string, parentPID int, opts patchOptions) error {
	addr, err := loopbackAddr(listen)
	if err != nil {
		return err
	}

	var level slog.Level
	if err = level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("--log-level: %w", err)
	}
	// stdout is reserved for the single ready line that parent processes wait for.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if dataDir == "" {
		return errors.New("--data-dir is required")
	}
	// FerretDB wants an absolute "file:" URI of an existing directory ending with "/".
	if dataDir, err = filepath.Abs(dataDir); err != nil {
		return err
	}
	if err = os.MkdirAll(dataDir, 0o755); err != nil {
		return err
	}

	// FerretDB caches SQLite metadata in memory, so a second process on the same
	// directory would silently see stale collections/indexes. Refuse instead.
	unlock, err := lockDir(dataDir)
	if err != nil {
		return err
	}
	defer unlock()

	// Telemetry: the embeddable package never starts the telemetry reporter and
	// explicitly disables+locks it in its in-memory (non-persisted) state, so
	// nothing here talks to the internet. DO_NOT_TRACK is set as belt and braces
	// in case a future version reads it.
	_ = os.Setenv("DO_NOT_TRACK", "1")

	// WAL with synchronous=NORMAL: a commit is acknowledged before the WAL is fsynced (as MongoDB
	// acknowledges before its journal flush by default); a power loss may lose the last commits but
	// never corrupts the database. FerretDB adds busy_timeout(10000) and journal_mode(wal).
	// Checkpoints run in the background (checkpoint.go); SQLite's own threshold is only a safety net.
	// A 64 MiB page cache per connection and memory-mapped reads: at the deadline surge, reads of
	// pages through syscalls were ~9 % of the database's CPU; with both, autosave p95 fell from
	// 340-520 ms to 130-230 ms at 250 saves/s (only pages actually read take memory).
	sqliteURL := &url.URL{
		Scheme:   "file",
		Path:     dataDir + "/",
		RawQuery: "_pragma=synchronous(normal)&_pragma=cache_size(-65536)&_pragma=mmap_size(1073741824)",
	}
	if backgroundCheckpoints {
		sqliteURL.RawQuery += fmt.Sprintf("&_pragma=wal_autocheckpoint(%d)", walAutoCheckpointPages)
	}

	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: addr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL.String(),
	}
	if err = opts.apply(config); err != nil {
		return err
	}

	f, err := ferretdb.New(config)
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	if parentPID > 0 {
		ctx = watchParent(ctx, parentPID)
	}

	checkpointCtx, stopCheckpointer := context.WithCancel(ctx)
	defer stopCheckpointer()
	if backgroundCheckpoints {
		go runCheckpointer(checkpointCtx, dataDir, logger)
	}

	done := make(chan struct{})
	go func() {
		// Run closes the listener, all connections and the SQLite databases
		// (checkpointing the WAL) once ctx is canceled.
		_ = f.Run(ctx)
		close(done)
	}()

	// The listener is bound by New, and MongoDBURI resolves port 0.
	uri := f.MongoDBURI()
	u, err := url.Parse(uri)
	if err != nil {
		return err
	}
	if err = waitDial(ctx, u.Host); err != nil {
		return err
	}
	fmt.Printf("ferretdb-launcher ready %s\n", uri)

	<-done
	// Restore default signal handling: a second Ctrl-C during a slow shutdown kills us.
	stop()
	return nil
}

// loopbackAddr validates that the database is never exposed beyond this machine:
// it has no authentication configured.
func loopbackAddr(listen string) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("--listen: %w", err)
	}
	if host != "127.0.0.1" && host != "localhost" {
		return "", fmt.Errorf("--listen: host must be 127.0.0.1 or localhost, got %q", host)
	}
	if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		return "", fmt.Errorf("--listen: invalid port %q", port)
	}
	// "localhost" may resolve to ::1 first; pin IPv4 so the printed URI is predictable.
	return net.JoinHostPort("127.0.0.1", port), nil
}

// lockDir takes an exclusive advisory lock on DIR/.launcher.lock (released by
// the kernel even if we are SIGKILLed).
func lockDir(dir string) (func(), error) {
	lf, err := os.OpenFile(filepath.Join(dir, ".launcher.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err = syscall.Flock(int(lf.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lf.Close()
		return nil, fmt.Errorf("data dir %s is in use by another ferretdb-launcher: %w", dir, err)
	}
	return func() { lf.Close() }, nil
}

// watchParent cancels the returned context when parentPID is gone, so test
// runners that crash or are SIGKILLed never leak database processes.
func watchParent(ctx context.Context, parentPID int) context.Context {
	ctx, cancel := context.WithCancel(ctx)
	// If the parent is our direct parent, a dead-but-unreaped (zombie) parent
	// still answers kill(pid, 0); being reparented is the reliable signal then.
	direct := os.Getppid() == parentPID

	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if (direct && os.Getppid() != parentPID) || errors.Is(syscall.Kill(parentPID, 0), syscall.ESRCH) {
				fmt.Fprintf(os.Stderr, "ferretdb-launcher: parent pid %d is gone, shutting down\n", parentPID)
				cancel()
				return
			}
		}
	}()
	return ctx
}

// waitDial makes sure a client can really connect before we announce readiness.
func waitDial(ctx context.Context, hostPort string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", hostPort, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("listener %s not reachable: %w", hostPort, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
