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

package handler

// This file is an addition of the ferretdb-launcher.

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/FerretDB/wire"

	"github.com/FerretDB/FerretDB/internal/clientconn/conninfo"
	"github.com/FerretDB/FerretDB/internal/handler/handlererrors"
	"github.com/FerretDB/FerretDB/internal/handler/writelock"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// gatedCommands are the commands that write. Each runs under the write locks (package writelock).
var gatedCommands = []string{
	"insert", "update", "delete", "findAndModify", "findandmodify",
	"create", "createIndexes", "dropIndexes", "drop", "dropDatabase", "renameCollection", "collMod", "compact",
	"createUser", "dropUser", "updateUser", "dropAllUsersFromDatabase",
}

var errMaxTimeMSExpired = errors.New("maxTimeMS expired")

// gated wraps the handler of a write command with the write gate.
func (h *Handler) gated(command string, next func(context.Context, *wire.OpMsg) (*wire.OpMsg, error)) func(context.Context, *wire.OpMsg) (*wire.OpMsg, error) { //nolint:lll // for readability
	return func(ctx context.Context, msg *wire.OpMsg) (*wire.OpMsg, error) {
		// a client that closes its connection while we wait gives its place up
		ctx, stopWatching := conninfo.WatchDisconnect(ctx)
		defer stopWatching()

		if d := maxTimeMS(msg); d > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeoutCause(ctx, d, errMaxTimeMSExpired)

			defer cancel()
		}

		keys, pinned := writelock.PinnedDocuments(command, msg)

		leave, err := h.writeGate.Enter(ctx, keys, pinned)

		switch {
		case err == nil:
		case errors.Is(err, errMaxTimeMSExpired):
			return nil, handlererrors.NewCommandErrorMsgWithArgument(
				handlererrors.ErrMaxTimeMSExpired,
				"operation exceeded time limit while waiting for the write lock",
				command,
			)
		case errors.Is(err, writelock.ErrWaitTimeout):
			return nil, handlererrors.NewCommandErrorMsgWithArgument(
				handlererrors.ErrMaxTimeMSExpired,
				fmt.Sprintf("operation exceeded time limit: waited more than %s for the write lock", h.writeGate.MaxWait()),
				command,
			)
		default:
			return nil, lazyerrors.Error(err)
		}

		defer leave()

		res, err := next(ctx, msg)
		if err != nil && errors.Is(context.Cause(ctx), errMaxTimeMSExpired) {
			return nil, handlererrors.NewCommandErrorMsgWithArgument(
				handlererrors.ErrMaxTimeMSExpired,
				"operation exceeded time limit",
				command,
			)
		}

		return res, err
	}
}

// maxTimeMS returns the command's valid positive maxTimeMS, or 0. Invalid values are
// reported by the command itself.
func maxTimeMS(msg *wire.OpMsg) time.Duration {
	raw := msg.RawSection0()
	if raw == nil {
		return 0
	}

	doc, err := raw.Decode() // shallow: inserted documents stay undecoded
	if err != nil {
		return 0
	}

	var ms float64

	switch v := doc.Get("maxTimeMS").(type) {
	case int32:
		ms = float64(v)
	case int64:
		ms = float64(v)
	case float64:
		ms = v
	}

	if ms <= 0 || ms > math.MaxInt32 {
		return 0
	}

	return time.Duration(ms * float64(time.Millisecond))
}

// Test commands (--test-commands): hold the gate for a while, and report how many commands wait.

// msgTestHoldWriteGate implements `ferretdbLauncherHoldWriteGate: <ms>`; it is gated.
func (h *Handler) msgTestHoldWriteGate(ctx context.Context, msg *wire.OpMsg) (*wire.OpMsg, error) {
	document, err := opMsgDocument(msg)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	var ms float64

	switch v := must.NotFail(document.Get(document.Command())).(type) {
	case int32:
		ms = float64(v)
	case int64:
		ms = float64(v)
	case float64:
		ms = v
	}

	select {
	case <-time.After(time.Duration(ms) * time.Millisecond):
	case <-ctx.Done():
		return nil, lazyerrors.Error(context.Cause(ctx))
	}

	return documentOpMsg(must.NotFail(types.NewDocument("ok", float64(1))))
}

// msgTestWriteGateStatus implements `ferretdbLauncherWriteGateStatus: 1`: how many commands
// wait for a write lock, and whether one holds it exclusively.
func (h *Handler) msgTestWriteGateStatus(_ context.Context, _ *wire.OpMsg) (*wire.OpMsg, error) {
	return documentOpMsg(must.NotFail(types.NewDocument(
		"waiting", h.writeGate.Waiting(),
		"held", h.writeGate.HeldExclusively(),
		"ok", float64(1),
	)))
}
