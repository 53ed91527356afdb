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

package writelock

import (
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/FerretDB/wire"
	"github.com/FerretDB/wire/wirebson"
)

// PinnedDocuments returns the _id keys of the documents a write command can touch, and true, when
// every one of its statements names its documents by _id equality (or inserts documents with an
// _id); otherwise false: the command may touch any document and must run alone.
//
// It reads the command shallowly: update documents and inserted documents are not decoded.
func PinnedDocuments(command string, msg *wire.OpMsg) ([]string, bool) {
	raw := msg.RawSection0()
	if raw == nil {
		return nil, false
	}

	doc, err := raw.Decode()
	if err != nil {
		return nil, false
	}

	var keys []string

	switch command {
	case "findAndModify", "findandmodify":
		query, ok := doc.Get("query").(wirebson.RawDocument)
		if !ok {
			return nil, false
		}

		if keys, ok = idKeys(query); !ok {
			return nil, false
		}

	case "update", "delete":
		// updates and deletes may come inline or as a document sequence (OP_MSG kind 1)
		field := map[string]string{"update": "updates", "delete": "deletes"}[command]

		statements, ok := statementsOf(doc, msg, field)
		if !ok {
			return nil, false
		}

		for _, statement := range statements {
			sd, err := statement.Decode()
			if err != nil {
				return nil, false
			}

			q, ok := sd.Get("q").(wirebson.RawDocument)
			if !ok {
				return nil, false
			}

			ids, ok := idKeys(q)
			if !ok {
				return nil, false
			}

			keys = append(keys, ids...)
		}

	case "insert":
		documents, ok := statementsOf(doc, msg, "documents")
		if !ok {
			return nil, false
		}

		for _, inserted := range documents {
			d, err := inserted.Decode()
			if err != nil {
				return nil, false
			}

			// without an _id, FerretDB generates a new ObjectID that no other command can name
			id := d.Get("_id")
			if id == nil {
				continue
			}

			key, ok := idKey(id)
			if !ok {
				return nil, false
			}

			keys = append(keys, key)
		}

	default:
		return nil, false
	}

	if len(keys) > maxPinnedDocuments {
		return nil, false
	}

	return keys, true
}

// statementsOf returns the documents of an array field given inline or as a document sequence.
func statementsOf(doc *wirebson.Document, msg *wire.OpMsg, field string) ([]wirebson.RawDocument, bool) {
	var res []wirebson.RawDocument

	if inline := doc.Get(field); inline != nil {
		arr, ok := inline.(wirebson.RawArray)
		if !ok {
			return nil, false
		}

		decoded, err := arr.Decode()
		if err != nil {
			return nil, false
		}

		for i := range decoded.Len() {
			d, ok := decoded.Get(i).(wirebson.RawDocument)
			if !ok {
				return nil, false
			}

			res = append(res, d)
		}
	}

	for _, section := range msg.Sections() {
		if section.Kind == 1 && section.Identifier == field {
			res = append(res, section.Documents()...)
		}
	}

	return res, true
}

// idKeys returns the keys of the _id values a filter pins by equality ({_id: v}, {_id: {$eq: v}},
// {_id: {$in: [...]}}), and false when it does not pin _id.
func idKeys(filter wirebson.RawDocument) ([]string, bool) {
	f, err := filter.Decode()
	if err != nil {
		return nil, false
	}

	v := f.Get("_id")
	if v == nil {
		return nil, false
	}

	raw, isDoc := v.(wirebson.RawDocument)
	if !isDoc {
		key, ok := idKey(v)
		return []string{key}, ok
	}

	cond, err := raw.Decode()
	if err != nil || cond.Len() == 0 {
		return nil, false
	}

	first, _ := cond.GetByIndex(0)
	if !strings.HasPrefix(first, "$") {
		// an embedded document as _id: MongoDB compares its fields with numeric equivalence, which
		// its bytes do not show; rare enough to run alone
		return nil, false
	}

	if cond.Len() != 1 {
		return nil, false
	}

	switch first {
	case "$eq":
		key, ok := idKey(cond.Get("$eq"))
		return []string{key}, ok
	case "$in":
		arr, ok := cond.Get("$in").(wirebson.RawArray)
		if !ok {
			return nil, false
		}

		values, err := arr.Decode()
		if err != nil || values.Len() > maxPinnedDocuments {
			return nil, false
		}

		keys := make([]string, 0, values.Len())

		for i := range values.Len() {
			key, ok := idKey(values.Get(i))
			if !ok {
				return nil, false
			}

			keys = append(keys, key)
		}

		return keys, true
	default:
		return nil, false
	}
}

// idKey encodes an _id value so that values MongoDB compares as equal get the same key: numbers
// of any type by their value, everything else by type and content.
func idKey(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return "s" + v, true
	case wirebson.ObjectID:
		return "o" + hex.EncodeToString(v[:]), true
	case int32:
		return numberKey(int64(v)), true
	case int64:
		return numberKey(v), true
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return "f" + strconv.FormatFloat(v, 'g', -1, 64), true
		}

		if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
			return numberKey(int64(v)), true
		}

		return "f" + strconv.FormatFloat(v, 'g', -1, 64), true
	case bool:
		return "b" + strconv.FormatBool(v), true
	case time.Time:
		return "t" + strconv.FormatInt(v.UnixMilli(), 10), true
	case wirebson.NullType:
		return "z", true
	default:
		// binary, regex, timestamp, decimal: rare as _id; such a command runs alone
		return "", false
	}
}

// numberKey gives integral numbers one key whatever their BSON type (1, 1L and 1.0 are one _id).
func numberKey(i int64) string {
	return "n" + strconv.FormatInt(i, 10)
}
