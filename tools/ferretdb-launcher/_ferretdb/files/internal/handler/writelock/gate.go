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

// Package writelock makes the write commands of the ferretdb-launcher's FerretDB atomic with
// respect to each other, while letting writes to different documents run in parallel.
package writelock

import (
	"context"
	"errors"
	"hash/fnv"
	"slices"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

// DefaultWriteWaitTimeout bounds the wait for the write locks when the command has no maxTimeMS.
const DefaultWriteWaitTimeout = 30 * time.Second

const (
	// lockStripes is the number of per-document locks; documents are mapped to them by a hash of _id.
	lockStripes = 1024

	// maxPinnedDocuments is the most documents a command may lock one by one; beyond, it runs alone.
	maxPinnedDocuments = 64

	// exclusiveWeight takes the whole shared lock: no other write runs.
	exclusiveWeight = 1 << 30
)

// Gate makes every write command atomic with respect to the others.
//
// FerretDB's update, delete and findAndModify read the matching documents, change them in Go and
// write them back by _id, without a transaction. A command whose every statement names its
// documents by _id equality (almost all of an application's writes) takes the shared side of a
// global lock and the locks of those documents' stripes, in ascending order: writes to different
// documents run in parallel, writes to the same document one after the other. Any other write
// (a filter without _id, DDL) takes the global lock exclusively and runs alone. So of N concurrent
// conditional updates of one document exactly one matches, of N concurrent upserts of one _id
// exactly one inserts. SQLite's single writer is serialized separately and only for its own work
// (sqlite.inWriteTransaction). Reads take no lock: SQLite's WAL gives each a consistent snapshot.
type Gate struct {
	global    *semaphore.Weighted
	stripes   [lockStripes]chan struct{}
	waiting   atomic.Int64
	exclusive atomic.Bool
	maxWait   time.Duration
}

// ErrWaitTimeout is the cause of a wait that lasted longer than the gate's maximum.
var ErrWaitTimeout = errors.New("waited too long for the write lock")

func New(maxWait time.Duration) *Gate {
	if maxWait <= 0 {
		maxWait = DefaultWriteWaitTimeout
	}

	g := &Gate{global: semaphore.NewWeighted(exclusiveWeight), maxWait: maxWait}
	for i := range g.stripes {
		g.stripes[i] = make(chan struct{}, 1)
	}

	return g
}

// Enter takes the locks for a command that writes the documents with these _id keys (pinned), or
// every document (!pinned). It gives up when ctx is done (the client disconnected, or maxTimeMS
// passed) or after maxWait, so that nothing queues forever.
func (g *Gate) Enter(ctx context.Context, keys []string, pinned bool) (leave func(), err error) {
	ctx, cancel := context.WithTimeoutCause(ctx, g.maxWait, ErrWaitTimeout)
	defer cancel()

	weight := int64(exclusiveWeight)
	if pinned {
		weight = 1
	}

	if !g.global.TryAcquire(weight) {
		g.waiting.Add(1)
		err = g.global.Acquire(ctx, weight)
		g.waiting.Add(-1)

		if err != nil {
			return nil, context.Cause(ctx)
		}
	}

	if !pinned {
		g.exclusive.Store(true)

		return func() {
			g.exclusive.Store(false)
			g.global.Release(exclusiveWeight)
		}, nil
	}

	stripes := stripesOf(keys)
	held := 0

	release := func() {
		for _, s := range stripes[:held] {
			<-g.stripes[s]
		}

		g.global.Release(1)
	}

	for _, s := range stripes {
		select {
		case g.stripes[s] <- struct{}{}:
			held++
			continue
		default:
		}

		g.waiting.Add(1)
		select {
		case g.stripes[s] <- struct{}{}:
			held++
		case <-ctx.Done():
			g.waiting.Add(-1)
			release()

			return nil, context.Cause(ctx)
		}
		g.waiting.Add(-1)
	}

	return release, nil
}

// stripesOf maps _id keys to stripe numbers, sorted and without repeats (the locking order).
func stripesOf(keys []string) []int {
	stripes := make([]int, 0, len(keys))

	for _, key := range keys {
		h := fnv.New32a()
		_, _ = h.Write([]byte(key))
		stripes = append(stripes, int(h.Sum32()%lockStripes))
	}

	slices.Sort(stripes)

	return slices.Compact(stripes)
}

// Waiting returns how many commands wait for a lock.
func (g *Gate) Waiting() int64 { return g.waiting.Load() }

// HeldExclusively reports whether a command holds the gate alone.
func (g *Gate) HeldExclusively() bool { return g.exclusive.Load() }

// MaxWait is the longest a command waits for its locks when it sets no time limit itself.
func (g *Gate) MaxWait() time.Duration { return g.maxWait }
