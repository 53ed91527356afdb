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
	"strings"

	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// CountPipeline is an aggregation pipeline that only counts the documents matching a filter,
// as drivers send for countDocuments(filter, {skip, limit}):
//
//	[{$match: filter}, {$skip: n}, {$limit: n}, {$group: {_id: 1, n: {$sum: 1}}}]
//
// ($match, $skip and $limit optional, in that order), or the same ending with {$count: "n"}.
type CountPipeline struct {
	Filter *types.Document
	Skip   int64
	Limit  int64 // 0 means none

	groupID any    // $group's constant _id; nil for $count
	field   string // name of the count field
}

// ParseCountPipeline recognizes a counting pipeline. Anything unusual (other stages, other
// orders, expressions, invalid values) is not recognized, so the normal pipeline handles it
// and reports errors as usual.
func ParseCountPipeline(stages []any) (CountPipeline, bool) {
	var cp CountPipeline

	if len(stages) == 0 {
		return cp, false
	}

	next := 0
	stage := func(name string) (any, bool) {
		if next >= len(stages) {
			return nil, false
		}

		d, ok := stages[next].(*types.Document)
		if !ok || d.Len() != 1 || d.Keys()[0] != name {
			return nil, false
		}

		next++

		return must.NotFail(d.Get(name)), true
	}

	if v, ok := stage("$match"); ok {
		if cp.Filter, ok = v.(*types.Document); !ok {
			return cp, false
		}
	}

	if v, ok := stage("$skip"); ok {
		if cp.Skip, ok = wholeNumber(v); !ok {
			return cp, false
		}
	}

	if v, ok := stage("$limit"); ok {
		if cp.Limit, ok = wholeNumber(v); !ok || cp.Limit == 0 {
			return cp, false
		}
	}

	if next != len(stages)-1 {
		return cp, false
	}

	if v, ok := stage("$count"); ok {
		name, ok := v.(string)
		if !ok || name == "" || strings.HasPrefix(name, "$") || strings.Contains(name, ".") || name == "_id" {
			return cp, false
		}

		cp.field = name

		return cp, true
	}

	v, ok := stage("$group")
	if !ok {
		return cp, false
	}

	group, ok := v.(*types.Document)
	if !ok || group.Len() != 2 || group.Keys()[0] != "_id" {
		return cp, false
	}

	cp.groupID = must.NotFail(group.Get("_id"))
	switch id := cp.groupID.(type) {
	case *types.Document, *types.Array:
		return cp, false // may be an expression
	case string:
		if strings.HasPrefix(id, "$") {
			return cp, false // a field path: one group per value
		}
	}

	cp.field = group.Keys()[1]

	acc, ok := must.NotFail(group.Get(cp.field)).(*types.Document)
	if !ok || acc.Len() != 1 || acc.Keys()[0] != "$sum" || strings.HasPrefix(cp.field, "$") {
		return cp, false
	}

	switch one := must.NotFail(acc.Get("$sum")).(type) {
	case int32:
		ok = one == 1
	case int64:
		ok = one == 1
	case float64:
		ok = one == 1
	default:
		ok = false
	}

	return cp, ok
}

// wholeNumber returns a non-negative whole number of any numeric type.
func wholeNumber(v any) (int64, bool) {
	switch v := v.(type) {
	case int32:
		return int64(v), v >= 0
	case int64:
		return v, v >= 0
	case float64:
		if v < 0 || v != math.Trunc(v) || v > math.MaxInt64/2 {
			return 0, false
		}
		return int64(v), true
	default:
		return 0, false
	}
}

// Result returns the output documents of the pipeline for n matching documents (after skip
// and limit): none when n is 0, as $group and $count produce nothing from no input.
func (cp CountPipeline) Result(n int64) []*types.Document {
	if n == 0 {
		return nil
	}

	var count any = n
	if n <= math.MaxInt32 {
		count = int32(n) // as $sum of int32 values and $count return it
	}

	if cp.groupID == nil {
		return []*types.Document{must.NotFail(types.NewDocument(cp.field, count))}
	}

	return []*types.Document{must.NotFail(types.NewDocument("_id", cp.groupID, cp.field, count))}
}
