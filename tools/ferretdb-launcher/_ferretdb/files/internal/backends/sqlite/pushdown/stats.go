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
	"math"
	"slices"
	"strings"

	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
)

// Type names recorded in [PathStats.Types]: sjson schema types ("string", "objectId", "int",
// "long", "double", "date", "bool", "null", "object", "binData", "regex", "timestamp")
// plus TypeMissing for documents where the path does not resolve to a value.
const TypeMissing = "missing"

// SQLite's text-to-double conversion is not correctly rounded for large exponents (measured:
// mismatches from about 1e-84 and 1e118 outward); inside this band it round-trips Go's output.
const (
	minSafeDouble     = 1e-60
	maxSafeDouble     = 1e60
	minSafeDoubleText = "1e-60"
	maxSafeDoubleText = "1e60"
)

// safeDouble reports whether SQLite parses Go's JSON text of f back to exactly f.
func safeDouble(f float64) bool {
	a := math.Abs(f)
	return f == 0 || (a >= minSafeDouble && a <= maxSafeDouble)
}

// PathStats records what documents of a collection ever held at one index key path.
//
// Like MongoDB's multikey flag it only widens: deleting or updating a document never narrows it,
// only rebuilding the index (createIndexes, or the start-up upgrade) recomputes it by a scan.
type PathStats struct {
	// Multikey is set once a document had an array anywhere along the path: then {path: x}
	// also matches arrays containing x, which a SQL comparison of the value cannot express.
	Multikey bool `json:"multikey,omitempty"`

	// Types is the sorted set of type names seen at the path.
	Types []string `json:"types,omitempty"`

	// FarDoubles is set once a double outside [1e-60, 1e60] was stored at the path,
	// where SQLite's ordering of doubles may differ from Go's by one ulp.
	FarDoubles bool `json:"farDoubles,omitempty"`
}

// Stats maps index key paths to their statistics.
type Stats map[string]PathStats

// Clone returns a deep copy.
func (s Stats) Clone() Stats {
	if s == nil {
		return nil
	}

	res := make(Stats, len(s))
	for k, v := range s {
		v.Types = slices.Clone(v.Types)
		res[k] = v
	}

	return res
}

// Observation is what one document holds at one path.
type Observation struct {
	Type      string // type name, TypeMissing, or "" when Multikey
	Multikey  bool
	FarDouble bool
}

// Observe returns what doc holds at the dotted path, following MongoDB's path rules:
// a scalar on the way means the path is missing, an array on the way makes it multikey.
func Observe(doc *types.Document, parts []string) Observation {
	var cur any = doc

	for _, p := range parts {
		d, ok := cur.(*types.Document)
		if !ok {
			return Observation{Type: TypeMissing}
		}

		v, err := d.Get(p)
		if err != nil {
			return Observation{Type: TypeMissing}
		}

		if _, ok = v.(*types.Array); ok {
			return Observation{Multikey: true}
		}

		cur = v
	}

	obs := Observation{Type: sjson.GetTypeOfValue(cur)}
	if f, ok := cur.(float64); ok && !safeDouble(f) {
		obs.FarDouble = true
	}

	return obs
}

// ObserveSchemaTypes interprets one row of the [SchemaTypeExprs] scan: the schema type of each
// prefix of the path (invalid when missing), and the [FarDoubleExpr] flag.
// It must agree with [Observe] on the document the schema describes.
func ObserveSchemaTypes(prefixTypes []sql.NullString, farDouble bool) Observation {
	for i, t := range prefixTypes {
		switch {
		case !t.Valid:
			return Observation{Type: TypeMissing}
		case t.String == "array":
			return Observation{Multikey: true}
		case i < len(prefixTypes)-1 && t.String != "object":
			return Observation{Type: TypeMissing}
		case i == len(prefixTypes)-1:
			return Observation{Type: t.String, FarDouble: farDouble && t.String == "double"}
		}
	}

	panic("empty path")
}

// Add widens ps with obs and reports whether anything changed.
func (ps *PathStats) Add(obs Observation) bool {
	changed := false

	if obs.Multikey && !ps.Multikey {
		ps.Multikey = true
		changed = true
	}

	if obs.FarDouble && !ps.FarDoubles {
		ps.FarDoubles = true
		changed = true
	}

	if obs.Type != "" {
		if i, found := slices.BinarySearch(ps.Types, obs.Type); !found {
			ps.Types = slices.Insert(slices.Clone(ps.Types), i, obs.Type)
			changed = true
		}
	}

	return changed
}

// ObserveDocument widens the statistics of every tracked path with doc and reports whether
// anything changed. Paths that cannot be expressed in SQL are marked multikey (never pushed down).
func (s Stats) ObserveDocument(doc *types.Document) bool {
	changed := false

	for path, ps := range s {
		var obs Observation

		parts, err := SplitPath(path)
		if err != nil {
			obs = Observation{Multikey: true}
		} else {
			obs = Observe(doc, parts)
		}

		if ps.Add(obs) {
			s[path] = ps
			changed = true
		}
	}

	return changed
}

// CoversAll reports whether the statistics already cover docs, so that writing them changes nothing.
func (s Stats) CoversAll(docs []*types.Document) bool {
	for path, ps := range s {
		parts, err := SplitPath(path)

		for _, doc := range docs {
			obs := Observation{Multikey: true}
			if err == nil {
				obs = Observe(doc, parts)
			}

			if ps.Add(obs) { // ps is a copy: Add never writes through to s
				return false
			}
		}
	}

	return true
}

// nullish types compare as null in MongoDB and are NULL in SQL.
func nullish(t string) bool {
	return t == TypeMissing || t == "null"
}

// String is for logs: "string,null" or "multikey".
func (ps PathStats) String() string {
	if ps.Multikey {
		return "multikey"
	}

	return strings.Join(ps.Types, ",")
}
