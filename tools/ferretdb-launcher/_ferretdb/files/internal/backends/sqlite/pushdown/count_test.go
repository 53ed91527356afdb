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
	"reflect"
	"testing"

	"github.com/FerretDB/FerretDB/internal/types"
)

func stages(docs ...*types.Document) []any {
	res := make([]any, len(docs))
	for i, d := range docs {
		res[i] = d
	}

	return res
}

func TestParseCountPipeline(t *testing.T) {
	filter := doc("venueId", "v1")
	group := doc("$group", doc("_id", int32(1), "n", doc("$sum", int32(1))))

	for name, tc := range map[string]struct {
		stages []any
		ok     bool
		want   CountPipeline
	}{
		"countDocuments": {
			stages(doc("$match", filter), group), true,
			CountPipeline{Filter: filter, groupID: int32(1), field: "n"},
		},
		"countDocuments with skip and limit": {
			stages(doc("$match", filter), doc("$skip", int32(5)), doc("$limit", int64(10)), group), true,
			CountPipeline{Filter: filter, Skip: 5, Limit: 10, groupID: int32(1), field: "n"},
		},
		"no $match": {
			stages(group), true,
			CountPipeline{groupID: int32(1), field: "n"},
		},
		"$count": {
			stages(doc("$match", filter), doc("$count", "total")), true,
			CountPipeline{Filter: filter, field: "total"},
		},
		"null group _id":              {stages(doc("$group", doc("_id", types.Null, "c", doc("$sum", 1.0)))), true, CountPipeline{groupID: types.Null, field: "c"}},
		"group by a field":            {stages(doc("$group", doc("_id", "$venueId", "n", doc("$sum", int32(1))))), false, CountPipeline{}},
		"group _id expression":        {stages(doc("$group", doc("_id", doc("$year", "$d"), "n", doc("$sum", int32(1))))), false, CountPipeline{}},
		"$sum of a field":             {stages(doc("$group", doc("_id", int32(1), "n", doc("$sum", "$x")))), false, CountPipeline{}},
		"$sum of 2":                   {stages(doc("$group", doc("_id", int32(1), "n", doc("$sum", int32(2))))), false, CountPipeline{}},
		"two accumulators":            {stages(doc("$group", doc("_id", int32(1), "n", doc("$sum", int32(1)), "m", doc("$sum", int32(1))))), false, CountPipeline{}},
		"limit before skip":           {stages(doc("$limit", int32(5)), doc("$skip", int32(1)), group), false, CountPipeline{}},
		"$limit 0 is an error":        {stages(doc("$limit", int32(0)), group), false, CountPipeline{}},
		"negative $skip is an error":  {stages(doc("$skip", int32(-1)), group), false, CountPipeline{}},
		"fractional $skip":            {stages(doc("$skip", 1.5), group), false, CountPipeline{}},
		"other stage":                 {stages(doc("$match", filter), doc("$sort", doc("a", int32(1))), group), false, CountPipeline{}},
		"stage after $group":          {stages(group, doc("$limit", int32(1))), false, CountPipeline{}},
		"$count into a dotted field":  {stages(doc("$count", "a.b")), false, CountPipeline{}},
		"empty pipeline":              {stages(), false, CountPipeline{}},
		"$match of a non-document":    {stages(doc("$match", int32(1)), group), false, CountPipeline{}},
		"stage with two operators":    {stages(doc("$match", filter, "$skip", int32(1)), group), false, CountPipeline{}},
		"$match only, nothing counts": {stages(doc("$match", filter)), false, CountPipeline{}},
	} {
		t.Run(name, func(t *testing.T) {
			got, ok := ParseCountPipeline(tc.stages)
			if ok != tc.ok || (ok && !reflect.DeepEqual(got, tc.want)) {
				t.Errorf("ParseCountPipeline = %+v, %v; want %+v, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestCountPipelineResult(t *testing.T) {
	group := CountPipeline{groupID: int32(1), field: "n"}
	count := CountPipeline{field: "total"}

	if got := group.Result(0); got != nil {
		t.Errorf("no matches must give no document, got %v", got)
	}

	if got := group.Result(3); len(got) != 1 || types.FormatAnyValue(got[0]) != types.FormatAnyValue(doc("_id", int32(1), "n", int32(3))) {
		t.Errorf("Result(3) = %v", got)
	}

	if got := count.Result(1 << 40); len(got) != 1 || types.FormatAnyValue(got[0]) != types.FormatAnyValue(doc("total", int64(1)<<40)) {
		t.Errorf("a count beyond int32 must be an int64, got %v", got)
	}
}
