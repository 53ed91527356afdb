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

package sqlite

// This file is an addition of the ferretdb-launcher: one place that turns a query into SQL,
// used by both Query and Explain, so that explain shows the plan of what is executed.

import (
	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/pushdown"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// querySpec is what Query and Explain have in common.
type querySpec struct {
	filter        *types.Document
	naturalSort   *types.Document // upstream's $natural sort of capped collections
	limit         int64           // upstream's limit, set by the handler only when nothing else is requested
	onlyRecordIDs bool
	comment       string
	pushdown      backends.Pushdown
}

// queryPlan is the SQL for a query and what it applies.
type queryPlan struct {
	sql    string
	args   []any
	pushed backends.PushdownResult
}

// prepareQuery translates spec into SQL for the collection.
//
// The filter is translated by package pushdown using the collection's path statistics; sort,
// skip and limit are only added when the WHERE clause is exact, so that the rows SQL skips or
// cuts off are exactly the ones the handler would have.
func prepareQuery(meta *metadata.Collection, spec *querySpec) *queryPlan {
	var stats pushdown.Stats
	if meta.Settings.Pushdown != nil {
		stats = meta.Settings.Pushdown.Paths
	}

	f := pushdown.TranslateFilter(spec.filter, stats)

	plan := &queryPlan{
		args: f.Args,
		pushed: backends.PushdownResult{
			FilterPushed: f.Where != "",
			FilterExact:  f.Exact,
		},
	}

	var where string
	if f.Where != "" {
		where = " WHERE " + f.Where
	}

	pd := spec.pushdown

	if pd.Count && f.Exact {
		plan.sql = `SELECT COUNT(*) FROM "` + meta.TableName + `"` + where
		plan.pushed.Counted = true

		return plan
	}

	plan.sql = prepareSelectClause(meta.TableName, spec.comment, meta.Capped(), spec.onlyRecordIDs) + where

	sorted := pd.OrderBy.Len() == 0

	switch {
	case spec.naturalSort.Len() != 0:
		plan.sql += prepareOrderByClause(spec.naturalSort)
	case pd.OrderBy.Len() != 0:
		if terms, ok := pushdown.TranslateSort(pd.OrderBy, stats); ok {
			plan.sql += " ORDER BY " + terms
			plan.pushed.Sorted = true
			sorted = true
		}
	}

	switch {
	case f.Exact && sorted && (pd.Skip != 0 || pd.Limit != 0):
		limit := pd.Limit
		if limit == 0 {
			limit = -1 // SQLite: no limit
		}

		plan.sql += ` LIMIT ? OFFSET ?`
		plan.args = append(plan.args, limit, pd.Skip)
		plan.pushed.SkipLimited = true

	case spec.limit != 0:
		plan.sql += ` LIMIT ?`
		plan.args = append(plan.args, spec.limit)
	}

	return plan
}

// countAfterSkipLimit applies skip and limit (0 means none) to a count, as the handler would.
func countAfterSkipLimit(total, skip, limit int64) int64 {
	n := max(total-skip, 0)
	if limit > 0 {
		n = min(n, limit)
	}

	return n
}

// idCondition returns the SQL condition that selects exactly the document with the given _id,
// using the _id_ index when the value can be compared in SQL.
func idCondition(id any) (string, []any) {
	if arg, ok := pushdown.IDValue(id); ok {
		return metadata.IDColumn + ` = ? AND ` + metadata.IDTypeColumn + ` = ?`, []any{arg, sjson.GetTypeOfValue(id)}
	}

	// documents, binary data and such: upstream's comparison of the JSON text (no index)
	return metadata.DefaultColumn + `->'$."_id"' = ?`, []any{string(must.NotFail(sjson.MarshalSingleValue(id)))}
}
