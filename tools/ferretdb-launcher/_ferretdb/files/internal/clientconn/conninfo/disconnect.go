// Copyright 2026 Impact Review contributors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package conninfo

// This file is an addition of the ferretdb-launcher.

import (
	"context"
	"errors"
)

// ErrClientDisconnected is the cause of contexts canceled by WatchDisconnect.
var ErrClientDisconnected = errors.New("client closed the connection")

// DisconnectWatcher starts watching the client connection while a command is handled: it calls
// onDisconnect if the client closes it. The returned stop must be called before the connection
// reads the next message.
type DisconnectWatcher func(onDisconnect func()) (stop func())

type disconnectWatcherKey struct{}

// WithDisconnectWatcher returns a context carrying w, for the handler of one command.
func WithDisconnectWatcher(ctx context.Context, w DisconnectWatcher) context.Context {
	return context.WithValue(ctx, disconnectWatcherKey{}, w)
}

// WatchDisconnect returns a context that is canceled (with cause ErrClientDisconnected) when
// the client closes the connection, until stop is called. Without a watcher (TLS connections,
// tests) it returns ctx itself.
func WatchDisconnect(ctx context.Context) (_ context.Context, stop func()) {
	w, _ := ctx.Value(disconnectWatcherKey{}).(DisconnectWatcher)
	if w == nil {
		return ctx, func() {}
	}

	ctx, cancel := context.WithCancelCause(ctx)
	stopWatcher := w(func() { cancel(ErrClientDisconnected) })

	return ctx, func() {
		stopWatcher()
		cancel(nil)
	}
}
