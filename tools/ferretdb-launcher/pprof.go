package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
)

// servePprof exposes CPU and heap profiles for benchmark runs; like the database itself it only
// listens on loopback.
func servePprof(listen string) error {
	addr, err := loopbackAddr(listen)
	if err != nil {
		return fmt.Errorf("--pprof: %w", err)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("--pprof: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	go func() { _ = http.Serve(l, mux) }()
	return nil
}
