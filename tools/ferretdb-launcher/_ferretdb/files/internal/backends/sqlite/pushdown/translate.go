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
	"encoding/hex"
	"math"
	"strings"
	"time"

	"github.com/FerretDB/FerretDB/internal/types"
)

// Filter is the SQL translation of a MongoDB filter.
//
// The handler always re-applies the MongoDB filter in Go, so Where may select more documents
// than the filter matches, but never fewer. Exact is true only when Where selects exactly the
// matching documents; only then may the caller push down skip, limit and count.
type Filter struct {
	Where string // conditions joined with AND, without the keyword; "" when nothing was translated
	Args  []any
	Exact bool
}

// brackets group the types MongoDB compares with each other; values of other types never
// match a comparison or equality with a value of the bracket.
var brackets = map[string][]string{
	"number":   {"double", "int", "long"},
	"string":   {"string"},
	"objectId": {"objectId"},
	"bool":     {"bool"},
	"date":     {"date"},
}

// sqlValue converts a filter value to the SQL value that KeyExpr yields for the same stored
// value, and names its bracket. ok is false for values that cannot be compared in SQL exactly.
func sqlValue(v any) (arg any, bracket string, ok bool) {
	switch v := v.(type) {
	case string:
		return v, "string", true
	case types.ObjectID:
		return hex.EncodeToString(v[:]), "objectId", true // sjson stores lowercase hex
	case bool:
		if v {
			return int64(1), "bool", true // JSON true/false are 1/0 in SQL
		}
		return int64(0), "bool", true
	case int32:
		return int64(v), "number", true
	case int64:
		return v, "number", true
	case float64:
		if math.IsNaN(v) || !safeDouble(v) {
			return nil, "", false
		}
		return v, "number", true
	case time.Time:
		return v.UnixMilli(), "date", true // sjson stores milliseconds since the epoch
	default:
		return nil, "", false
	}
}

// IDValue returns the SQL value KeyExpr("_id") yields for a document whose _id is id,
// or ok == false when the value cannot be compared in SQL exactly.
func IDValue(id any) (arg any, ok bool) {
	arg, _, ok = sqlValue(id)
	return
}

// typesWithin reports whether every non-null type seen at the path belongs to the brackets:
// then a SQL comparison with values of those brackets cannot match a value of another type.
func typesWithin(ps PathStats, bs map[string]bool) bool {
	for _, t := range ps.Types {
		if nullish(t) {
			continue
		}

		in := false
		for b := range bs {
			for _, bt := range brackets[b] {
				if bt == t {
					in = true
				}
			}
		}

		if !in {
			return false
		}
	}

	return true
}

type filterTranslator struct {
	stats Stats
	conds []string
	args  []any
	exact bool
}

// TranslateFilter translates filter given the statistics of the indexed paths.
// Conditions on paths without statistics, on multikey paths, and operators other than implicit
// equality, $eq, $in, $gt, $gte, $lt, $lte and $and are left to the Go filter (Exact is false).
func TranslateFilter(filter *types.Document, stats Stats) Filter {
	t := &filterTranslator{stats: stats, exact: true}
	t.document(filter)

	return Filter{
		Where: strings.Join(t.conds, " AND "),
		Args:  t.args,
		Exact: t.exact,
	}
}

func (t *filterTranslator) document(filter *types.Document) {
	if filter == nil {
		return
	}

	iter := filter.Iterator()
	defer iter.Close()

	for {
		key, value, err := iter.Next()
		if err != nil {
			return
		}

		switch {
		case key == "$and":
			t.and(value)
		case key == "$comment":
			// does not affect matching
		case strings.HasPrefix(key, "$"):
			t.exact = false
		default:
			t.field(key, value)
		}
	}
}

func (t *filterTranslator) and(value any) {
	arr, ok := value.(*types.Array)
	if !ok || arr.Len() == 0 {
		t.exact = false // the Go filter reports the error
		return
	}

	for i := 0; i < arr.Len(); i++ {
		v, _ := arr.Get(i)

		d, ok := v.(*types.Document)
		if !ok {
			t.exact = false
			return
		}

		t.document(d)
	}
}

func (t *filterTranslator) field(path string, value any) {
	ps, tracked := t.stats[path]
	expr, err := KeyExpr(path)

	if !tracked || ps.Multikey || err != nil {
		t.exact = false
		return
	}

	ops, ok := value.(*types.Document)
	if !ok {
		t.eq(expr, ps, value)
		return
	}

	keys := ops.Keys()
	if len(keys) == 0 {
		t.exact = false // equality with an empty document
		return
	}

	for _, k := range keys {
		if !strings.HasPrefix(k, "$") {
			t.exact = false // equality with an embedded document
			return
		}
	}

	iter := ops.Iterator()
	defer iter.Close()

	for {
		op, arg, err := iter.Next()
		if err != nil {
			return
		}

		switch op {
		case "$eq":
			t.eq(expr, ps, arg)
		case "$in":
			t.in(expr, ps, arg)
		case "$nin":
			t.nin(expr, ps, arg)
		case "$gt", "$gte", "$lt", "$lte":
			t.compare(expr, ps, op, arg)
		default:
			t.exact = false
		}
	}
}

func (t *filterTranslator) eq(expr string, ps PathStats, v any) {
	if _, ok := v.(types.NullType); ok {
		// null matches null and missing; ->> is NULL for both and for nothing else.
		t.conds = append(t.conds, expr+" IS NULL")
		return
	}

	arg, bracket, ok := sqlValue(v)
	if !ok {
		t.exact = false
		return
	}

	t.conds = append(t.conds, expr+" = ?")
	t.args = append(t.args, arg)

	if !typesWithin(ps, map[string]bool{bracket: true}) {
		t.exact = false
	}
}

// listArgs splits the array argument of $in or $nin into SQL values, whether null is listed, and
// the brackets of the values; ok is false when the array cannot be expressed in SQL.
func listArgs(v any) (args []any, hasNull bool, bs map[string]bool, ok bool) {
	arr, isArr := v.(*types.Array)
	if !isArr {
		return nil, false, nil, false // the Go filter reports the error
	}

	bs = map[string]bool{}

	for i := 0; i < arr.Len(); i++ {
		e, _ := arr.Get(i)

		if _, isNull := e.(types.NullType); isNull {
			hasNull = true
			continue
		}

		arg, bracket, expressible := sqlValue(e)
		if !expressible {
			return nil, false, nil, false // one value we cannot express: leave the whole list to Go
		}

		args = append(args, arg)
		bs[bracket] = true
	}

	return args, hasNull, bs, true
}

func (t *filterTranslator) in(expr string, ps PathStats, v any) {
	args, hasNull, bs, ok := listArgs(v)
	if !ok {
		t.exact = false
		return
	}

	var cond string

	switch {
	case len(args) == 0 && !hasNull:
		cond = "0" // $in: [] matches nothing
	case len(args) == 0:
		cond = expr + " IS NULL"
	default:
		cond = expr + " IN (?" + strings.Repeat(", ?", len(args)-1) + ")"
		if hasNull {
			cond = "(" + cond + " OR " + expr + " IS NULL)"
		}
	}

	t.conds = append(t.conds, cond)
	t.args = append(t.args, args...)

	// Values of two brackets can share an SQL value (true and 1, a date and its milliseconds): the
	// result is then a superset.
	if len(args) > 0 && (len(bs) > 1 || !typesWithin(ps, bs)) {
		t.exact = false
	}
}

// nin is $in's complement: a document whose value is null or missing matches unless null is listed.
func (t *filterTranslator) nin(expr string, ps PathStats, v any) {
	args, hasNull, bs, ok := listArgs(v)
	if !ok {
		t.exact = false
		return
	}

	// A value of another bracket with the same SQL value (the number 1 and true, a date and its
	// milliseconds) would be wrongly left out, so NOT IN is used only when one bracket is possible.
	if len(bs) > 1 || (len(args) > 0 && !typesWithin(ps, bs)) {
		t.exact = false
		return
	}

	var cond string

	switch {
	case len(args) == 0 && !hasNull:
		return // $nin: [] matches everything
	case len(args) == 0:
		cond = expr + " IS NOT NULL"
	case hasNull:
		cond = "(" + expr + " IS NOT NULL AND " + expr + " NOT IN (?" + strings.Repeat(", ?", len(args)-1) + "))"
	default:
		cond = "(" + expr + " IS NULL OR " + expr + " NOT IN (?" + strings.Repeat(", ?", len(args)-1) + "))"
	}

	t.conds = append(t.conds, cond)
	t.args = append(t.args, args...)
}

var sqlOperators = map[string]string{"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}

func (t *filterTranslator) compare(expr string, ps PathStats, op string, v any) {
	// Comparisons never match null or missing values (SQL NULL), except $gte/$lte: null,
	// which are left to Go.
	arg, bracket, ok := sqlValue(v)
	if !ok {
		t.exact = false
		return
	}

	t.conds = append(t.conds, expr+" "+sqlOperators[op]+" ?")
	t.args = append(t.args, arg)

	// SQLite orders NULL < numbers < text, so e.g. "$lt: 'b'" also selects numbers:
	// a superset, exact only when no other type was ever stored at the path.
	if !typesWithin(ps, map[string]bool{bracket: true}) {
		t.exact = false
	}
}

// TranslateSort returns the ORDER BY terms (without the keyword) that order rows exactly as
// MongoDB would sort them, or ok == false. An empty sort yields ("", true).
//
// Every sort path must be tracked, not multikey, and hold values of one bracket plus null or
// missing: SQLite orders NULL first ascending and last descending, as MongoDB orders null and
// missing; strings compare bytewise (BINARY) in both; ObjectId hex is lowercase, so text order
// is byte order; numbers of any type compare numerically in both.
func TranslateSort(sort *types.Document, stats Stats) (string, bool) {
	if sort.Len() == 0 {
		return "", true
	}

	terms := make([]string, 0, sort.Len())

	iter := sort.Iterator()
	defer iter.Close()

	for {
		path, dir, err := iter.Next()
		if err != nil {
			break
		}

		ps, tracked := stats[path]
		if !tracked || ps.Multikey || ps.FarDoubles {
			return "", false
		}

		expr, err := KeyExpr(path)
		if err != nil {
			return "", false
		}

		seen := ""

		for _, typ := range ps.Types {
			if nullish(typ) {
				continue
			}

			b := bracketOf(typ)
			if b == "" || (seen != "" && seen != b) {
				return "", false
			}

			seen = b
		}

		switch dir {
		case int64(1), int32(1):
			terms = append(terms, expr+" ASC")
		case int64(-1), int32(-1):
			terms = append(terms, expr+" DESC")
		default:
			return "", false
		}
	}

	return strings.Join(terms, ", "), true
}

func bracketOf(typ string) string {
	for b, ts := range brackets {
		for _, t := range ts {
			if t == typ {
				return b
			}
		}
	}

	return ""
}
