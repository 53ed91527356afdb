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

package writelock

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/FerretDB/wire"
	"github.com/FerretDB/wire/wirebson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func doc(pairs ...any) *wirebson.Document { return wirebson.MustDocument(pairs...) }

func arr(values ...any) *wirebson.Array { return wirebson.MustArray(values...) }

func TestPinnedDocuments(t *testing.T) {
	oid := wirebson.ObjectID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	many := make([]any, maxPinnedDocuments+1)
	for i := range many {
		many[i] = doc("q", doc("_id", int32(i)), "u", doc("$set", doc("a", int32(1))))
	}

	for name, tc := range map[string]struct {
		command string
		msg     *wire.OpMsg
		keys    []string
		pinned  bool
	}{
		"findAndModify by _id and revision": {
			command: "findAndModify",
			msg:     wire.MustOpMsg("findAndModify", "c", "query", doc("_id", oid, "revision", int32(1)), "update", doc("$inc", doc("revision", int32(1)))),
			keys:    []string{"o0102030405060708090a0b0c"},
			pinned:  true,
		},
		"findAndModify without _id": {
			command: "findAndModify",
			msg:     wire.MustOpMsg("findAndModify", "c", "query", doc("tokenHash", "x")),
		},
		"update statements with numeric ids of different types": {
			command: "update",
			msg: wire.MustOpMsg("update", "c", "updates", arr(
				doc("q", doc("_id", int32(1)), "u", doc("$set", doc("a", int32(1)))),
				doc("q", doc("_id", float64(1)), "u", doc("$set", doc("a", int32(2)))),
				doc("q", doc("_id", int64(2)), "u", doc("$set", doc("a", int32(3)))),
			)),
			keys:   []string{"n1", "n1", "n2"},
			pinned: true,
		},
		"update with one statement that is not pinned": {
			command: "update",
			msg: wire.MustOpMsg("update", "c", "updates", arr(
				doc("q", doc("_id", "a"), "u", doc("$set", doc("a", int32(1)))),
				doc("q", doc("venueId", "v"), "u", doc("$set", doc("a", int32(2))), "multi", true),
			)),
		},
		"delete by _id $in": {
			command: "delete",
			msg:     wire.MustOpMsg("delete", "c", "deletes", arr(doc("q", doc("_id", doc("$in", arr("a", "b"))), "limit", int32(0)))),
			keys:    []string{"sa", "sb"},
			pinned:  true,
		},
		"delete by _id $eq": {
			command: "delete",
			msg:     wire.MustOpMsg("delete", "c", "deletes", arr(doc("q", doc("_id", doc("$eq", "a")), "limit", int32(1)))),
			keys:    []string{"sa"},
			pinned:  true,
		},
		"a range on _id": {
			command: "delete",
			msg:     wire.MustOpMsg("delete", "c", "deletes", arr(doc("q", doc("_id", doc("$gt", "a")), "limit", int32(0)))),
		},
		"an embedded document as _id": {
			command: "update",
			msg:     wire.MustOpMsg("update", "c", "updates", arr(doc("q", doc("_id", doc("a", int32(1))), "u", doc("$set", doc("b", int32(1)))))),
		},
		"insert with and without _id": {
			command: "insert",
			msg:     wire.MustOpMsg("insert", "c", "documents", arr(doc("_id", "a", "x", int32(1)), doc("x", int32(2)))),
			keys:    []string{"sa"},
			pinned:  true,
		},
		"too many documents": {
			command: "update",
			msg:     wire.MustOpMsg("update", "c", "updates", arr(many...)),
		},
		"DDL": {
			command: "createIndexes",
			msg:     wire.MustOpMsg("createIndexes", "c", "indexes", arr(doc("key", doc("a", int32(1)), "name", "a_1"))),
		},
	} {
		t.Run(name, func(t *testing.T) {
			keys, pinned := PinnedDocuments(tc.command, tc.msg)
			assert.Equal(t, tc.pinned, pinned)

			if tc.pinned {
				assert.Equal(t, tc.keys, keys)
			}
		})
	}
}

func TestWriteGateLocks(t *testing.T) {
	g := New(time.Minute)
	ctx := context.Background()

	leaveA, err := g.Enter(ctx, []string{"sa"}, true)
	require.NoError(t, err)

	// another document: no wait
	leaveB, err := g.Enter(ctx, []string{"sb"}, true)
	require.NoError(t, err)

	// the same document waits until the first leaves
	entered := make(chan func())

	go func() {
		leave, err := g.Enter(ctx, []string{"sa", "sa"}, true)
		assert.NoError(t, err)
		entered <- leave
	}()

	select {
	case <-entered:
		t.Fatal("a second writer of the same document got in")
	case <-time.After(50 * time.Millisecond):
	}

	leaveA()
	leaveA2 := <-entered

	// an exclusive writer waits for every document writer, and then runs alone
	exclusive := make(chan func())

	go func() {
		leave, err := g.Enter(ctx, nil, false)
		assert.NoError(t, err)
		exclusive <- leave
	}()

	select {
	case <-exclusive:
		t.Fatal("an exclusive writer got in while documents were being written")
	case <-time.After(50 * time.Millisecond):
	}

	leaveB()
	leaveA2()

	leaveX := <-exclusive
	assert.True(t, g.exclusive.Load())

	// while it runs, a document writer gives up when its context ends, and leaves nothing held
	short, cancel := context.WithTimeout(ctx, 30*time.Millisecond)
	defer cancel()

	_, err = g.Enter(short, []string{"sc"}, true)
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "%v", err)

	leaveX()
	assert.False(t, g.exclusive.Load())

	leaveC, err := g.Enter(ctx, []string{"sc"}, true)
	require.NoError(t, err)
	leaveC()
	assert.Equal(t, int64(0), g.waiting.Load())
}

func TestWriteGateMaxWait(t *testing.T) {
	g := New(40 * time.Millisecond)

	leave, err := g.Enter(context.Background(), []string{"sa"}, true)
	require.NoError(t, err)

	defer leave()

	_, err = g.Enter(context.Background(), []string{"sa"}, true)
	assert.ErrorIs(t, err, ErrWaitTimeout)
}
