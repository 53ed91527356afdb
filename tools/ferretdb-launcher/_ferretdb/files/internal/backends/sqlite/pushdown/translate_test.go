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

package pushdown

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

func doc(pairs ...any) *types.Document {
	return must.NotFail(types.NewDocument(pairs...))
}

func arr(values ...any) *types.Array {
	return must.NotFail(types.NewArray(values...))
}

func stats(types ...string) PathStats {
	return PathStats{Types: types}
}

var oid = types.ObjectID{0x65, 0x0a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde}

func TestKeyExpr(t *testing.T) {
	for path, want := range map[string]string{
		"_id":            `_ferretdb_sjson->>'$."_id"'`,
		"draft.revision": `_ferretdb_sjson->>'$."draft"."revision"'`,
		"a.0":            `_ferretdb_sjson->>'$."a"."0"'`, // a key, never an array index
		"it's":           `_ferretdb_sjson->>'$."it''s"'`,
	} {
		got, err := KeyExpr(path)
		if err != nil || got != want {
			t.Errorf("KeyExpr(%q) = %q, %v; want %q", path, got, err, want)
		}
	}

	for _, path := range []string{"", "a..b", "$natural", "a.$b", `a"b`, `a\b`, "a\nb"} {
		if got, err := KeyExpr(path); err == nil {
			t.Errorf("KeyExpr(%q) = %q, want an error", path, got)
		}
	}
}

func TestTranslateFilter(t *testing.T) {
	date := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)

	base := Stats{
		"_id":            stats("objectId"),
		"venueId":        stats("string"),
		"tokenHash":      stats("string"),
		"revision":       stats("double", "int"),
		"updatedAt":      stats("date"),
		"maybe":          stats("missing", "null", "string"),
		"flag":           stats("bool"),
		"draft.revision": stats("int", "missing"),
		"authorIds":      {Multikey: true, Types: []string{"missing"}},
		"artifacts.kind": {Multikey: true, Types: []string{"missing", "string"}}, // artifacts is an array of documents
		"mixedIds":       stats("objectId", "string"),
		"boolOrNum":      stats("bool", "int"),
		"dateOrNum":      stats("date", "long"),
		"anything":       stats("object", "string"),
	}

	for name, tc := range map[string]struct {
		filter *types.Document
		want   Filter
	}{
		"empty": {
			filter: doc(),
			want:   Filter{Exact: true},
		},
		"id ObjectId": {
			filter: doc("_id", oid),
			want:   Filter{`_ferretdb_sjson->>'$."_id"' = ?`, []any{"650abcdef0123456789abcde"}, true},
		},
		"id $in": {
			filter: doc("_id", doc("$in", arr(oid, oid))),
			want: Filter{
				`_ferretdb_sjson->>'$."_id"' IN (?, ?)`,
				[]any{"650abcdef0123456789abcde", "650abcdef0123456789abcde"},
				true,
			},
		},
		"string on ObjectId path is a superset": {
			filter: doc("_id", "650abcdef0123456789abcde"),
			want:   Filter{`_ferretdb_sjson->>'$."_id"' = ?`, []any{"650abcdef0123456789abcde"}, false},
		},
		"ObjectId on path that also holds strings": {
			filter: doc("mixedIds", oid),
			want:   Filter{`_ferretdb_sjson->>'$."mixedIds"' = ?`, []any{"650abcdef0123456789abcde"}, false},
		},
		"implicit AND, conditions in filter order": {
			filter: doc("venueId", "v1", "revision", int32(3)),
			want: Filter{
				`_ferretdb_sjson->>'$."venueId"' = ? AND _ferretdb_sjson->>'$."revision"' = ?`,
				[]any{"v1", int64(3)}, true,
			},
		},
		"int64 and double compare numerically": {
			filter: doc("revision", doc("$gte", int64(2), "$lt", 2.5)),
			want: Filter{
				`_ferretdb_sjson->>'$."revision"' >= ? AND _ferretdb_sjson->>'$."revision"' < ?`,
				[]any{int64(2), 2.5}, true,
			},
		},
		"date range": {
			filter: doc("updatedAt", doc("$gt", date)),
			want:   Filter{`_ferretdb_sjson->>'$."updatedAt"' > ?`, []any{date.UnixMilli()}, true},
		},
		"date range where numbers were stored too is a superset": {
			filter: doc("dateOrNum", doc("$lte", date)),
			want:   Filter{`_ferretdb_sjson->>'$."dateOrNum"' <= ?`, []any{date.UnixMilli()}, false},
		},
		"bool": {
			filter: doc("flag", true),
			want:   Filter{`_ferretdb_sjson->>'$."flag"' = ?`, []any{int64(1)}, true},
		},
		"bool where numbers were stored too is a superset (1 = true in SQL)": {
			filter: doc("boolOrNum", false),
			want:   Filter{`_ferretdb_sjson->>'$."boolOrNum"' = ?`, []any{int64(0)}, false},
		},
		"null matches null and missing, whatever else was stored": {
			filter: doc("anything", types.Null),
			want:   Filter{`_ferretdb_sjson->>'$."anything"' IS NULL`, nil, true},
		},
		"$eq null": {
			filter: doc("maybe", doc("$eq", types.Null)),
			want:   Filter{`_ferretdb_sjson->>'$."maybe"' IS NULL`, nil, true},
		},
		"string where objects were stored is a superset (->> of an object is its JSON text)": {
			filter: doc("anything", `{"a":1}`),
			want:   Filter{`_ferretdb_sjson->>'$."anything"' = ?`, []any{`{"a":1}`}, false},
		},
		"string on path with nulls and missing is exact": {
			filter: doc("maybe", "x"),
			want:   Filter{`_ferretdb_sjson->>'$."maybe"' = ?`, []any{"x"}, true},
		},
		"$in with null": {
			filter: doc("maybe", doc("$in", arr("a", types.Null))),
			want: Filter{
				`(_ferretdb_sjson->>'$."maybe"' IN (?) OR _ferretdb_sjson->>'$."maybe"' IS NULL)`,
				[]any{"a"}, true,
			},
		},
		"$in only null": {
			filter: doc("maybe", doc("$in", arr(types.Null))),
			want:   Filter{`_ferretdb_sjson->>'$."maybe"' IS NULL`, nil, true},
		},
		"$in empty matches nothing": {
			filter: doc("venueId", doc("$in", arr())),
			want:   Filter{`0`, nil, true},
		},
		"$in with mixed brackets is a superset (true and 1 share an SQL value)": {
			filter: doc("boolOrNum", doc("$in", arr(true, int32(5)))),
			want:   Filter{`_ferretdb_sjson->>'$."boolOrNum"' IN (?, ?)`, []any{int64(1), int64(5)}, false},
		},
		"$nin on ids": {
			filter: doc("venueId", doc("$nin", arr("a", "b"))),
			want: Filter{
				`(_ferretdb_sjson->>'$."venueId"' IS NULL OR _ferretdb_sjson->>'$."venueId"' NOT IN (?, ?))`,
				[]any{"a", "b"}, true,
			},
		},
		"$nin with null leaves out null and missing": {
			filter: doc("maybe", doc("$nin", arr("a", types.Null))),
			want: Filter{
				`(_ferretdb_sjson->>'$."maybe"' IS NOT NULL AND _ferretdb_sjson->>'$."maybe"' NOT IN (?))`,
				[]any{"a"}, true,
			},
		},
		"$nin empty matches everything": {
			filter: doc("venueId", doc("$nin", arr())),
			want:   Filter{Exact: true},
		},
		"$in with a regex stays in Go": {
			filter: doc("venueId", doc("$in", arr("a", types.Regex{Pattern: "b"}))),
			want:   Filter{Exact: false},
		},
		"dotted path without arrays": {
			filter: doc("draft.revision", int32(4)),
			want:   Filter{`_ferretdb_sjson->>'$."draft"."revision"' = ?`, []any{int64(4)}, true},
		},
		"multikey path stays in Go": {
			filter: doc("authorIds", "u1", "venueId", "v1"),
			want:   Filter{`_ferretdb_sjson->>'$."venueId"' = ?`, []any{"v1"}, false},
		},
		"dotted path through an array stays in Go": {
			filter: doc("artifacts.kind", "code"),
			want:   Filter{Exact: false},
		},
		"untracked path stays in Go": {
			filter: doc("phase", "draft"),
			want:   Filter{Exact: false},
		},
		"$and is flattened": {
			filter: doc("$and", arr(doc("venueId", "v1"), doc("revision", doc("$gt", int32(1))))),
			want: Filter{
				`_ferretdb_sjson->>'$."venueId"' = ? AND _ferretdb_sjson->>'$."revision"' > ?`,
				[]any{"v1", int64(1)}, true,
			},
		},
		"$or stays in Go": {
			filter: doc("venueId", "v1", "$or", arr(doc("revision", int32(1)))),
			want:   Filter{`_ferretdb_sjson->>'$."venueId"' = ?`, []any{"v1"}, false},
		},
		"$comment does not matter": {
			filter: doc("venueId", "v1", "$comment", "hi"),
			want:   Filter{`_ferretdb_sjson->>'$."venueId"' = ?`, []any{"v1"}, true},
		},
		"$ne stays in Go, $gt is pushed": {
			filter: doc("revision", doc("$ne", int32(3), "$gt", int32(1))),
			want:   Filter{`_ferretdb_sjson->>'$."revision"' > ?`, []any{int64(1)}, false},
		},
		"embedded document equality stays in Go": {
			filter: doc("venueId", doc("a", int32(1))),
			want:   Filter{Exact: false},
		},
		"operator and field mixed stays in Go": {
			filter: doc("venueId", doc("$eq", "a", "b", int32(1))),
			want:   Filter{Exact: false},
		},
		"$gte null stays in Go": {
			filter: doc("maybe", doc("$gte", types.Null)),
			want:   Filter{Exact: false},
		},
		"NaN stays in Go": {
			filter: doc("revision", math.NaN()),
			want:   Filter{Exact: false},
		},
		"double SQLite cannot parse exactly stays in Go": {
			filter: doc("revision", doc("$lt", 1e200)),
			want:   Filter{Exact: false},
		},
		"regex stays in Go": {
			filter: doc("venueId", types.Regex{Pattern: "^v"}),
			want:   Filter{Exact: false},
		},
		"array equality stays in Go": {
			filter: doc("venueId", arr("a")),
			want:   Filter{Exact: false},
		},
	} {
		t.Run(name, func(t *testing.T) {
			got := TranslateFilter(tc.filter, base)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("TranslateFilter(%s)\n got: %#v\nwant: %#v", types.FormatAnyValue(tc.filter), got, tc.want)
			}
		})
	}
}

func TestTranslateSort(t *testing.T) {
	base := Stats{
		"_id":       stats("objectId"),
		"updatedAt": stats("date", "missing"),
		"num":       stats("int", "double", "null"),
		"mixed":     stats("int", "string"),
		"dateNum":   stats("date", "long"),
		"tags":      {Multikey: true},
		"far":       {Types: []string{"double"}, FarDoubles: true},
		"obj":       stats("object"),
		"onlyNull":  stats("null", "missing"),
	}

	for name, tc := range map[string]struct {
		sort *types.Document
		want string
		ok   bool
	}{
		"none":                 {doc(), "", true},
		"compound":             {doc("updatedAt", int64(-1), "_id", int64(-1)), `_ferretdb_sjson->>'$."updatedAt"' DESC, _ferretdb_sjson->>'$."_id"' DESC`, true},
		"numbers of any type":  {doc("num", int64(1)), `_ferretdb_sjson->>'$."num"' ASC`, true},
		"only null":            {doc("onlyNull", int64(1)), `_ferretdb_sjson->>'$."onlyNull"' ASC`, true},
		"numbers and strings":  {doc("mixed", int64(1)), "", false},
		"dates and numbers":    {doc("dateNum", int64(1)), "", false},
		"multikey":             {doc("tags", int64(1)), "", false},
		"far doubles":          {doc("far", int64(1)), "", false},
		"documents":            {doc("obj", int64(1)), "", false},
		"untracked":            {doc("title", int64(1)), "", false},
		"one bad key spoils":   {doc("_id", int64(1), "title", int64(1)), "", false},
		"$natural is not ours": {doc("$natural", int64(1)), "", false},
	} {
		t.Run(name, func(t *testing.T) {
			got, ok := TranslateSort(tc.sort, base)
			if got != tc.want || ok != tc.ok {
				t.Errorf("TranslateSort = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestObserve(t *testing.T) {
	d := doc(
		"_id", oid,
		"s", "x",
		"n", types.Null,
		"f", 1e200,
		"sub", doc("k", int32(1), "list", arr(int32(1))),
		"list", arr(doc("k", int32(1))),
		"scalar", int64(5),
	)

	for path, want := range map[string]Observation{
		"_id":        {Type: "objectId"},
		"s":          {Type: "string"},
		"n":          {Type: "null"},
		"f":          {Type: "double", FarDouble: true},
		"absent":     {Type: TypeMissing},
		"sub":        {Type: "object"},
		"sub.k":      {Type: "int"},
		"sub.absent": {Type: TypeMissing},
		"sub.list":   {Multikey: true},
		"list":       {Multikey: true},
		"list.k":     {Multikey: true}, // matches through the array in MongoDB
		"scalar.k":   {Type: TypeMissing},
	} {
		parts, err := SplitPath(path)
		if err != nil {
			t.Fatal(err)
		}

		if got := Observe(d, parts); got != want {
			t.Errorf("Observe(%q) = %+v, want %+v", path, got, want)
		}
	}
}

func TestStatsOnlyWiden(t *testing.T) {
	s := Stats{"a": {}, "b.c": {}}

	if !s.ObserveDocument(doc("a", "x", "b", doc("c", int32(1)))) {
		t.Fatal("first document must change the stats")
	}

	if s.ObserveDocument(doc("a", "y", "b", doc("c", int32(2)))) {
		t.Error("same types must not change the stats")
	}

	if !s.ObserveDocument(doc("a", arr("x"))) {
		t.Error("an array must change the stats")
	}

	want := Stats{
		"a":   {Multikey: true, Types: []string{"string"}},
		"b.c": {Types: []string{"int", "missing"}},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("stats = %+v, want %+v", s, want)
	}

	c := s.Clone()
	c.ObserveDocument(doc("b", doc("c", "s")))

	if !reflect.DeepEqual(s, want) {
		t.Error("Clone shares state with the original")
	}
}
