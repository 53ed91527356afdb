//go:build !ferretdb_upstream

package main

import (
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// patchOptions are the launcher flags that only the patched FerretDB understands
// (see _ferretdb/ and the README).
type patchOptions struct {
	writeWaitTimeout time.Duration
	disablePushdown  bool
	testCommands     bool
}

func (o patchOptions) apply(c *ferretdb.Config) error {
	c.WriteWaitTimeout = o.writeWaitTimeout
	c.DisablePushdown = o.disablePushdown
	c.EnableTestCommands = o.testCommands

	return nil
}
