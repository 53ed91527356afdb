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

// Package pushdown translates MongoDB filters and sorts into SQLite conditions over FerretDB's
// sjson column, and keeps the per-path value statistics that decide when a translation is exact.
//
// It is an addition of the ferretdb-launcher (not upstream FerretDB) and has no SQLite dependency:
// everything here is pure and unit-tested.
//
// Index key expressions and query expressions are produced by the same function ([KeyExpr]),
// because SQLite only uses an index on an expression when the query contains the same expression.
package pushdown

import (
	"fmt"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends"
)

// Column is the table column holding the sjson document (metadata.DefaultColumn).
const Column = backends.ReservedPrefix + "sjson"

// SplitPath splits a dotted MongoDB path into its components, or returns an error when a
// component cannot be expressed as a quoted SQLite JSON path label.
func SplitPath(path string) ([]string, error) {
	parts := strings.Split(path, ".")

	for _, p := range parts {
		if p == "" {
			return nil, fmt.Errorf("empty component in path %q", path)
		}

		if strings.HasPrefix(p, "$") {
			return nil, fmt.Errorf("path component %q starts with '$'", p)
		}

		// SQLite's JSON path syntax has no escape inside a quoted label.
		if strings.ContainsAny(p, "\"\\") {
			return nil, fmt.Errorf("path component %q contains a quote or backslash", p)
		}

		for _, r := range p {
			if r < 0x20 {
				return nil, fmt.Errorf("path component %q contains a control character", p)
			}
		}
	}

	return parts, nil
}

// jsonPath returns the SQL string literal of the JSON path for the given components,
// every label quoted so that digits and punctuation are object keys, never array indexes.
func jsonPath(parts []string) string {
	var b strings.Builder

	b.WriteString("'$")

	for _, p := range parts {
		b.WriteString(`."`)
		b.WriteString(strings.ReplaceAll(p, "'", "''"))
		b.WriteString(`"`)
	}

	b.WriteString("'")

	return b.String()
}

// KeyExpr returns the SQL expression of the value at path: the SQL value (->>), so that numbers
// and dates compare numerically. Indexes are built on exactly this text.
func KeyExpr(path string) (string, error) {
	parts, err := SplitPath(path)
	if err != nil {
		return "", err
	}

	return Column + "->>" + jsonPath(parts), nil
}

// TypeExpr returns the SQL expression of the JSON type at path. Unique indexes add it after
// the key so that values of different JSON types never collide (true and 1 have the same ->> value).
func TypeExpr(path string) (string, error) {
	parts, err := SplitPath(path)
	if err != nil {
		return "", err
	}

	return "json_type(" + Column + ", " + jsonPath(parts) + ")", nil
}

// SchemaTypeExprs returns, for each prefix of path, the SQL expression of the sjson schema
// type stored for it ("object", "array", "string", ...; NULL when missing).
// Scanning them with DISTINCT computes [PathStats] without decoding documents.
func SchemaTypeExprs(path string) ([]string, error) {
	parts, err := SplitPath(path)
	if err != nil {
		return nil, err
	}

	res := make([]string, len(parts))
	schemaPath := make([]string, 0, len(parts)*3+1)

	for i, p := range parts {
		schemaPath = append(schemaPath, "$s", "p", p)
		res[i] = Column + "->>" + jsonPath(append(schemaPath, "t"))
	}

	return res, nil
}

// FarDoubleExpr returns a SQL expression that is 1 when the value at path is a double that
// SQLite may parse one ulp away from Go (see [PathStats.FarDoubles]), 0 otherwise.
func FarDoubleExpr(path string) (string, error) {
	expr, err := KeyExpr(path)
	if err != nil {
		return "", err
	}

	return fmt.Sprintf(
		"(CASE WHEN typeof(%[1]s) = 'real' AND %[1]s != 0 AND abs(%[1]s) NOT BETWEEN %[2]s AND %[3]s THEN 1 ELSE 0 END)",
		expr, minSafeDoubleText, maxSafeDoubleText,
	), nil
}
