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

package metadata

// This file is an addition of the ferretdb-launcher: index key expressions that queries can use,
// per-path statistics for exact pushdown, and the in-place upgrade of upstream data directories.

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/pushdown"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/fsql"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// UpgradeLog receives one line per collection upgraded at start-up, whatever the log level:
// rebuilding indexes of a large collection takes time and should never be a surprise.
var UpgradeLog io.Writer = os.Stderr

// querier is *fsql.DB or *fsql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*fsql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// indexColumns returns the key columns of the SQLite index for index.
func indexColumns(index IndexInfo) []string {
	columns := make([]string, 0, len(index.Key)*2)
	var typeColumns []string

	for _, key := range index.Key {
		expr, err := pushdown.KeyExpr(key.Field)
		if err != nil {
			// a field name SQLite's JSON path cannot quote: keep upstream's expression,
			// the path is never pushed down
			expr = legacyKeyExpr(key.Field)
		} else if index.Unique {
			typeColumns = append(typeColumns, must.NotFail(pushdown.TypeExpr(key.Field)))
		}

		if key.Descending {
			expr += " DESC"
		}

		columns = append(columns, expr)
	}

	return append(columns, typeColumns...)
}

// legacyKeyExpr is upstream FerretDB's index key expression (JSON text, ->).
func legacyKeyExpr(field string) string {
	fields := strings.Split(field, ".")
	for j, f := range fields {
		fields[j] = fmt.Sprintf("%q", f)
	}

	return fmt.Sprintf("%s->%s", DefaultColumn, strings.Join(fields, "->"))
}

// createIndex creates the SQLite index for index on table.
func createIndex(ctx context.Context, q querier, table string, index IndexInfo) error {
	sqlText := "CREATE "
	if index.Unique {
		sqlText += "UNIQUE "
	}

	sqlText += fmt.Sprintf("INDEX %q ON %q (%s)", table+"_"+index.Name, table, strings.Join(indexColumns(index), ", "))

	if _, err := q.ExecContext(ctx, sqlText); err != nil {
		return lazyerrors.Error(err)
	}

	return nil
}

// indexPaths returns the key paths of indexes that pushdown can use.
func indexPaths(indexes []IndexInfo) map[string]bool {
	res := map[string]bool{}

	for _, index := range indexes {
		for _, key := range index.Key {
			if _, err := pushdown.SplitPath(key.Field); err == nil {
				res[key.Field] = true
			}
		}
	}

	return res
}

// scanPathStats computes the statistics of path over all documents of table from their sjson
// schemas, in SQL: DISTINCT leaves a handful of rows to interpret.
func scanPathStats(ctx context.Context, q querier, table, path string) (pushdown.PathStats, error) {
	var ps pushdown.PathStats

	exprs, err := pushdown.SchemaTypeExprs(path)
	if err != nil {
		return ps, lazyerrors.Error(err)
	}

	far := must.NotFail(pushdown.FarDoubleExpr(path))

	rows, err := q.QueryContext(ctx, fmt.Sprintf("SELECT DISTINCT %s, %s FROM %q", strings.Join(exprs, ", "), far, table))
	if err != nil {
		return ps, lazyerrors.Error(err)
	}
	defer rows.Close()

	for rows.Next() {
		chain := make([]sql.NullString, len(exprs))
		dest := make([]any, 0, len(chain)+1)

		for i := range chain {
			dest = append(dest, &chain[i])
		}

		var farDouble bool

		if err = rows.Scan(append(dest, &farDouble)...); err != nil {
			return ps, lazyerrors.Error(err)
		}

		ps.Add(pushdown.ObserveSchemaTypes(chain, farDouble))
	}

	if err = rows.Err(); err != nil {
		return ps, lazyerrors.Error(err)
	}

	return ps, nil
}

// trackIndexPaths makes the statistics of c cover exactly the key paths of its indexes,
// scanning the table for paths that were not tracked yet. It does not save the settings.
func trackIndexPaths(ctx context.Context, q querier, c *Collection) error {
	if c.Settings.Pushdown == nil {
		c.Settings.Pushdown = &PushdownSettings{Layout: LayoutVersion}
	}

	if c.Settings.Pushdown.Paths == nil {
		c.Settings.Pushdown.Paths = pushdown.Stats{}
	}

	want := indexPaths(c.Settings.Indexes)

	for path := range c.Settings.Pushdown.Paths {
		if !want[path] {
			delete(c.Settings.Pushdown.Paths, path)
		}
	}

	for path := range want {
		if _, ok := c.Settings.Pushdown.Paths[path]; ok {
			continue
		}

		ps, err := scanPathStats(ctx, q, c.TableName, path)
		if err != nil {
			return lazyerrors.Error(err)
		}

		c.Settings.Pushdown.Paths[path] = ps
	}

	return nil
}

// saveSettings writes the settings of c.
func saveSettings(ctx context.Context, q querier, c *Collection) error {
	sqlText := fmt.Sprintf("UPDATE %q SET settings = ? WHERE table_name = ?", metadataTableName)
	if _, err := q.ExecContext(ctx, sqlText, c.Settings, c.TableName); err != nil {
		return lazyerrors.Error(err)
	}

	return nil
}

// ObserveDocuments widens the path statistics of the collection with docs, which the caller is
// about to write in tx. New statistics are saved in tx, so they commit or roll back with the
// documents, and they replace the cached ones before the documents commit: a query that sees the
// documents always sees statistics that cover them (a rolled-back write only leaves the cache
// wider than needed, which costs pushdown, never correctness).
//
// Every caller holds the sqlite package's write lock (one write transaction at a time), so nothing
// changes the statistics between the check under the read lock and the update under the write lock.
func (r *Registry) ObserveDocuments(ctx context.Context, tx *fsql.Tx, dbName, collectionName string, docs []*types.Document) error { //nolint:lll // for readability
	r.rw.RLock()
	cur := r.colls[dbName][collectionName]
	covered := cur == nil || cur.Settings.Pushdown == nil || cur.Settings.Pushdown.Paths.CoversAll(docs)
	r.rw.RUnlock()

	if covered {
		return nil
	}

	r.rw.Lock()
	defer r.rw.Unlock()

	c := r.collectionGet(dbName, collectionName)
	if c == nil || c.Settings.Pushdown == nil {
		return nil
	}

	for _, doc := range docs {
		c.Settings.Pushdown.Paths.ObserveDocument(doc)
	}

	if err := saveSettings(ctx, tx, c); err != nil {
		return lazyerrors.Error(err)
	}

	r.colls[dbName][collectionName] = c

	return nil
}

// upgradeCollections brings collections written by upstream FerretDB (or an older layout) to
// LayoutVersion: indexes are rebuilt with the new key expressions and the path statistics are
// computed by a scan, in one transaction per collection. Documents are not touched.
func (r *Registry) upgradeCollections(ctx context.Context, dbName string, db *fsql.DB) error {
	names := make([]string, 0, len(r.colls[dbName]))
	for name := range r.colls[dbName] {
		names = append(names, name)
	}

	sort.Strings(names)

	for _, name := range names {
		c := r.colls[dbName][name].deepCopy()
		if c.Settings.Pushdown != nil && c.Settings.Pushdown.Layout >= LayoutVersion {
			continue
		}

		started := time.Now()
		var count int64

		err := db.InTransaction(ctx, func(tx *fsql.Tx) error {
			for _, index := range c.Settings.Indexes {
				if _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP INDEX IF EXISTS %q", c.TableName+"_"+index.Name)); err != nil {
					return lazyerrors.Error(err)
				}

				if err := createIndex(ctx, tx, c.TableName, index); err != nil {
					return lazyerrors.Error(err)
				}
			}

			c.Settings.Pushdown = &PushdownSettings{Layout: LayoutVersion, Paths: pushdown.Stats{}}
			if err := trackIndexPaths(ctx, tx, c); err != nil {
				return lazyerrors.Error(err)
			}

			rows, err := tx.QueryContext(ctx, fmt.Sprintf("SELECT COUNT(*) FROM %q", c.TableName))
			if err != nil {
				return lazyerrors.Error(err)
			}

			for rows.Next() {
				if err = rows.Scan(&count); err != nil {
					rows.Close()
					return lazyerrors.Error(err)
				}
			}

			rows.Close()

			return saveSettings(ctx, tx, c)
		})
		if err != nil {
			return fmt.Errorf("upgrading %s.%s for index pushdown: %w", dbName, name, err)
		}

		r.colls[dbName][name] = c

		fmt.Fprintf(
			UpgradeLog,
			"ferretdb-launcher: upgraded %s.%s to index layout %d: %s rebuilt, %s scanned (%s) in %s\n",
			dbName, name, LayoutVersion, plural(int64(len(c.Settings.Indexes)), "index", "indexes"), plural(count, "document", "documents"),
			describeStats(c.Settings.Pushdown.Paths), time.Since(started).Round(time.Millisecond),
		)
	}

	return nil
}

// plural returns "1 index" or "4 indexes".
func plural(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}

	return fmt.Sprintf("%d %s", n, many)
}

// describeStats formats statistics for logs: "_id: objectId; tags: multikey".
func describeStats(s pushdown.Stats) string {
	paths := make([]string, 0, len(s))
	for p := range s {
		paths = append(paths, p)
	}

	slices.Sort(paths)

	parts := make([]string, len(paths))
	for i, p := range paths {
		parts[i] = p + ": " + s[p].String()
	}

	return strings.Join(parts, "; ")
}
