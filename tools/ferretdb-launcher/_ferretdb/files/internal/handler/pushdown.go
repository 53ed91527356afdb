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

// This file is an addition of the ferretdb-launcher: requests for sort, skip, limit and count
// pushdown. The backend applies them only when exact and says so in QueryResult.Pushed.

import (
	"context"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/pushdown"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
)

// findPushdown asks the backend to sort, skip and limit a find (sort already validated).
func findPushdown(sort *types.Document, skip, limit int64) backends.Pushdown {
	pd := backends.Pushdown{Skip: skip, Limit: limit}

	if sort.Len() != 0 && !sort.Has("$natural") {
		pd.OrderBy = sort
	}

	return pd
}

// countPushdown counts in the backend when the filter translates exactly.
// ok is false when the caller has to count in Go.
func countPushdown(ctx context.Context, c backends.Collection, filter *types.Document, skip, limit int64) (n int64, ok bool, err error) { //nolint:lll // for readability
	res, err := c.Query(ctx, &backends.QueryParams{
		Filter:   filter,
		Pushdown: backends.Pushdown{Count: true, Skip: skip, Limit: limit},
	})
	if err != nil {
		return 0, false, lazyerrors.Error(err)
	}

	res.Iter.Close()

	return res.Pushed.Count, res.Pushed.Counted, nil
}

// countPipelinePushdown answers a countDocuments pipeline in the backend, or returns ok == false.
func countPipelinePushdown(ctx context.Context, c backends.Collection, stages []any) (docs []*types.Document, ok bool, err error) { //nolint:lll // for readability
	cp, ok := pushdown.ParseCountPipeline(stages)
	if !ok {
		return nil, false, nil
	}

	n, ok, err := countPushdown(ctx, c, cp.Filter, cp.Skip, cp.Limit)
	if err != nil || !ok {
		return nil, false, err
	}

	return cp.Result(n), true, nil
}
