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

// This file is an addition of the ferretdb-launcher.

import (
	"context"
	"sync"

	"github.com/FerretDB/FerretDB/internal/util/fsql"
)

// sqlWrites lets one SQLite write transaction of this process run at a time.
//
// The handler's write locks let writes to different documents work in parallel (decoding,
// filtering, updating and encoding), but SQLite has a single writer per database: a second
// writer would get SQLITE_BUSY and sleep in the busy handler, 1 to 100 ms at a time. Holding this
// mutex only for the statements and the commit keeps that wait short and fair.
var sqlWrites sync.Mutex

// inWriteTransaction runs f in a transaction while holding sqlWrites.
func inWriteTransaction(ctx context.Context, db *fsql.DB, f func(*fsql.Tx) error) error {
	sqlWrites.Lock()
	defer sqlWrites.Unlock()

	return db.InTransaction(ctx, f)
}
