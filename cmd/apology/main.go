// Command apology helps a person write a sincere apology and checks it
// before it is sent.
package main

import (
	"os"

	"github.com/apology-cli/apology/pkg/cmd/root"
)

func main() { os.Exit(root.Main()) }
