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
	"database/sql"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/FerretDB/FerretDB/internal/handler/common"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// The property tests run the translation against real SQLite (the same pure-Go driver the
// backend uses) and compare with FerretDB's own Go filter and sort, which stay the reference:
// SQL must select a superset of what Go matches, and exactly it when the translation says Exact.

var trackedPaths = []string{"_id", "s", "n", "d", "b", "o", "m", "x.y", "arr"}

type gen struct{ r *rand.Rand }

func (g gen) pick(n int) int { return g.r.Intn(n) }

func (g gen) str() string {
	return []string{"", "a", "b", "B", "ab", "é", "z\u00ff", "a\x00b", "650abcdef0123456789abcde", `{"k":1}`}[g.pick(10)]
}

func (g gen) num() any {
	switch g.pick(7) {
	case 0:
		return int32(g.pick(7) - 3)
	case 1:
		return int64(g.pick(7) - 3)
	case 2:
		return float64(g.pick(7)-3) / 2
	case 3:
		return math.Copysign(0, -1)
	case 4:
		return int64(1) << 53
	case 5:
		return 1e59
	default:
		return float64(g.pick(7) - 3)
	}
}

func (g gen) date() time.Time {
	return time.UnixMilli(1_700_000_000_000 + int64(g.pick(5)-2)*1000).UTC()
}

func (g gen) oid() types.ObjectID {
	o := oid
	o[11] = byte(g.pick(4))
	return o
}

// scalar returns a value of the given kind, or of a random kind for "any".
func (g gen) scalar(kind string) any {
	if kind == "any" {
		kind = []string{"s", "n", "d", "b", "o", "null"}[g.pick(6)]
	}

	switch kind {
	case "s":
		return g.str()
	case "n":
		return g.num()
	case "d":
		return g.date()
	case "b":
		return g.pick(2) == 0
	case "o":
		return g.oid()
	default:
		return types.Null
	}
}

// collection generates documents; pure=true keeps each field to its own type (plus null and
// missing) so that many translations are exact, pure=false mixes types and arrays in.
func (g gen) collection(n int, pure bool) []*types.Document {
	docs := make([]*types.Document, n)

	for i := range docs {
		d := must.NotFail(types.NewDocument("_id", int32(i)))

		for _, f := range []string{"s", "n", "d", "b", "o"} {
			switch c := g.pick(10); {
			case c == 0:
				// missing
			case c == 1:
				d.Set(f, types.Null)
			case c == 2 && !pure:
				d.Set(f, g.scalar("any"))
			case c == 3 && !pure:
				d.Set(f, must.NotFail(types.NewArray(g.scalar(f), g.scalar(f))))
			default:
				d.Set(f, g.scalar(f))
			}
		}

		if g.pick(4) != 0 {
			d.Set("m", g.scalar("any"))
		}

		switch g.pick(5) {
		case 0:
		case 1:
			d.Set("x", g.scalar("n"))
		case 2:
			if !pure {
				d.Set("x", must.NotFail(types.NewArray(must.NotFail(types.NewDocument("y", g.scalar("n"))))))
				break
			}
			fallthrough
		default:
			d.Set("x", must.NotFail(types.NewDocument("y", g.scalar("n"))))
		}

		if g.pick(2) == 0 {
			d.Set("arr", must.NotFail(types.NewArray(g.scalar("s"))))
		}

		docs[i] = d
	}

	return docs
}

func (g gen) condition() (string, any) {
	path := []string{"s", "n", "d", "b", "o", "m", "x.y", "arr", "_id", "untracked"}[g.pick(10)]
	kind := map[string]string{"s": "s", "n": "n", "d": "d", "b": "b", "o": "o", "x.y": "n", "arr": "s", "_id": "n"}[path]

	if kind == "" || g.pick(5) == 0 {
		kind = "any"
	}

	v := func() any {
		if g.pick(8) == 0 {
			return types.Null
		}
		return g.scalar(kind)
	}

	switch g.pick(9) {
	case 0:
		return path, must.NotFail(types.NewDocument("$eq", v()))
	case 1:
		a := types.MakeArray(3)
		for range g.pick(4) {
			a.Append(v())
		}
		return path, must.NotFail(types.NewDocument("$in", a))
	case 2, 3:
		op := []string{"$gt", "$gte", "$lt", "$lte"}[g.pick(4)]
		if op2 := []string{"$gt", "$gte", "$lt", "$lte"}[g.pick(4)]; op2 != op && g.pick(3) == 0 {
			return path, must.NotFail(types.NewDocument(op, v(), op2, v()))
		}
		return path, must.NotFail(types.NewDocument(op, v()))
	case 4:
		if g.pick(2) == 0 {
			a := types.MakeArray(3)
			for range g.pick(4) {
				a.Append(v())
			}
			return path, must.NotFail(types.NewDocument("$nin", a))
		}
		return path, must.NotFail(types.NewDocument("$ne", v()))
	case 5:
		return path, must.NotFail(types.NewDocument("$exists", g.pick(2) == 0))
	default:
		return path, v()
	}
}

func (g gen) filter() *types.Document {
	f := types.MakeDocument(3)

	for range g.pick(4) {
		k, v := g.condition()
		if f.Has(k) {
			continue
		}
		f.Set(k, v)
	}

	if g.pick(6) == 0 {
		k, v := g.condition()
		f.Set("$and", must.NotFail(types.NewArray(must.NotFail(types.NewDocument(k, v)))))
	}

	return f
}

func openDB(t *testing.T, docs []*types.Document) *sql.DB {
	t.Helper()

	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		t.Fatal(err)
	}

	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })

	if _, err = db.Exec(fmt.Sprintf(`CREATE TABLE t (%s TEXT NOT NULL) STRICT`, Column)); err != nil {
		t.Fatal(err)
	}

	for _, d := range docs {
		b := must.NotFail(sjson.Marshal(d))
		if _, err = db.Exec(fmt.Sprintf(`INSERT INTO t (%s) VALUES (?)`, Column), string(b)); err != nil {
			t.Fatal(err)
		}
	}

	return db
}

func selectDocs(t *testing.T, db *sql.DB, where, orderBy string, args []any) []*types.Document {
	t.Helper()

	q := fmt.Sprintf(`SELECT %s FROM t`, Column)
	if where != "" {
		q += " WHERE " + where
	}

	if orderBy != "" {
		q += " ORDER BY " + orderBy
	}

	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %s", q, err)
	}
	defer rows.Close()

	var res []*types.Document

	for rows.Next() {
		var b []byte
		if err = rows.Scan(&b); err != nil {
			t.Fatal(err)
		}

		res = append(res, must.NotFail(sjson.Unmarshal(b)))
	}

	if err = rows.Err(); err != nil {
		t.Fatal(err)
	}

	return res
}

func ids(docs []*types.Document) []int32 {
	res := make([]int32, len(docs))
	for i, d := range docs {
		res[i] = must.NotFail(d.Get("_id")).(int32)
	}

	slices.Sort(res)

	return res
}

func statsOf(docs []*types.Document) Stats {
	s := Stats{}
	for _, p := range trackedPaths {
		s[p] = PathStats{}
	}

	for _, d := range docs {
		s.ObserveDocument(d)
	}

	return s
}

func TestFilterAgainstGo(t *testing.T) {
	g := gen{rand.New(rand.NewSource(20261205))}

	var cases, exact, pushed int

	for round := range 40 {
		docs := g.collection(60, round%2 == 0)
		db := openDB(t, docs)
		s := statsOf(docs)

		for range 100 {
			filter := g.filter()

			var want []*types.Document
			bad := false

			for _, d := range docs {
				ok, err := common.FilterDocument(d, filter)
				if err != nil {
					bad = true // invalid filter: the handler returns Go's error before any SQL result is used
					break
				}

				if ok {
					want = append(want, d)
				}
			}

			if bad {
				continue
			}

			f := TranslateFilter(filter, s)
			got := selectDocs(t, db, f.Where, "", f.Args)

			cases++
			if f.Where != "" {
				pushed++
			}

			gotIDs, wantIDs := ids(got), ids(want)

			for _, id := range wantIDs {
				if _, found := slices.BinarySearch(gotIDs, id); !found {
					t.Fatalf("filter %s: WHERE %s %v dropped matching document %d\nstats: %+v",
						types.FormatAnyValue(filter), f.Where, f.Args, id, s)
				}
			}

			if f.Exact {
				exact++

				if !slices.Equal(gotIDs, wantIDs) {
					t.Fatalf("filter %s: exact WHERE %s %v selected %v, Go matched %v\nstats: %+v",
						types.FormatAnyValue(filter), f.Where, f.Args, gotIDs, wantIDs, s)
				}
			}
		}
	}

	t.Logf("%d filters: %d pushed down, %d exact", cases, pushed, exact)

	// The generator must exercise both sides of the rule, or this test proves nothing.
	if exact < cases/5 || pushed-exact < cases/20 {
		t.Fatalf("too few exact (%d) or inexact pushed (%d) filters out of %d", exact, pushed-exact, cases)
	}
}

func TestSortAgainstGo(t *testing.T) {
	g := gen{rand.New(rand.NewSource(42))}

	var cases, pushed int

	for round := range 40 {
		docs := g.collection(60, round%2 == 0)
		db := openDB(t, docs)
		s := statsOf(docs)

		for range 40 {
			sort := types.MakeDocument(2)
			for range 1 + g.pick(2) {
				p := trackedPaths[g.pick(len(trackedPaths))]
				if !sort.Has(p) {
					sort.Set(p, []int64{1, -1}[g.pick(2)])
				}
			}

			cases++

			orderBy, ok := TranslateSort(sort, s)
			if !ok {
				continue
			}

			pushed++

			got := selectDocs(t, db, "", orderBy, nil)
			want := slices.Clone(docs)
			must.NoError(common.SortDocuments(want, sort))

			// Ties may come in any order (MongoDB does not define it), so compare sort keys.
			for i := range want {
				for _, p := range sort.Keys() {
					a, b := sortKey(got[i], p), sortKey(want[i], p)

					if types.CompareOrderForSort(a, b, types.Ascending) != types.Equal {
						t.Fatalf("sort %s: ORDER BY %s: row %d has %s=%v, Go has %v",
							types.FormatAnyValue(sort), orderBy, i, p, a, b)
					}
				}
			}
		}
	}

	t.Logf("%d sorts: %d pushed down", cases, pushed)

	if pushed < cases/5 || pushed == cases {
		t.Fatalf("sorts pushed down: %d of %d; the generator must exercise both outcomes", pushed, cases)
	}
}

// sortKey is the value a document sorts by: missing sorts as null.
func sortKey(d *types.Document, path string) any {
	v, err := d.GetByPath(must.NotFail(types.NewPathFromString(path)))
	if err != nil {
		return types.Null
	}

	return v
}

// TestSchemaScanAgreesWithObserve checks that the start-up scan (schema types read in SQL)
// records what the write path (Observe on documents) records.
func TestSchemaScanAgreesWithObserve(t *testing.T) {
	g := gen{rand.New(rand.NewSource(7))}
	docs := append(g.collection(100, false), g.collection(100, true)...)

	for i, d := range docs {
		d.Set("_id", int32(i))
		d.Set("f", []any{1e200, -1e-70, 1.5, int64(3)}[g.pick(4)])
	}

	db := openDB(t, docs)

	for _, path := range append(slices.Clone(trackedPaths), "f", "x", "s.k", "x.y.z") {
		exprs := must.NotFail(SchemaTypeExprs(path))
		far := must.NotFail(FarDoubleExpr(path))
		parts := must.NotFail(SplitPath(path))

		q := fmt.Sprintf(`SELECT %s, %s FROM t ORDER BY rowid`, strings.Join(exprs, ", "), far)

		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("%s: %s", q, err)
		}

		for i := 0; rows.Next(); i++ {
			chain := make([]sql.NullString, len(exprs))
			var farDouble bool

			dest := make([]any, 0, len(chain)+1)
			for j := range chain {
				dest = append(dest, &chain[j])
			}

			if err = rows.Scan(append(dest, &farDouble)...); err != nil {
				t.Fatal(err)
			}

			got := ObserveSchemaTypes(chain, farDouble)
			if want := Observe(docs[i], parts); got != want {
				t.Errorf("path %q, document %s: scan %+v, Observe %+v", path, types.FormatAnyValue(docs[i]), got, want)
			}
		}

		rows.Close()
	}
}
