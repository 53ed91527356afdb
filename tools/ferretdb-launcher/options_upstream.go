//go:build ferretdb_upstream

package main

import (
	"errors"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// patchOptions are ignored by the build against pristine upstream FerretDB (tag ferretdb_upstream),
// which only exists to produce data directories in the upstream layout for the upgrade test.
type patchOptions struct {
	writeWaitTimeout time.Duration
	disablePushdown  bool
	testCommands     bool
}

func (o patchOptions) apply(*ferretdb.Config) error {
	if o.disablePushdown || o.testCommands {
		return errors.New("--disable-pushdown and --test-commands need the patched FerretDB")
	}

	return nil
}
