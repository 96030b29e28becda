//go:build ignore

// gen.go writes compiled_gen.go: the rules' phrase matcher compiled ahead
// of time. Run `go generate ./pkg/lint/rules` after changing any pattern.
package main

import (
	"log"
	"os"

	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

func main() {
	c, err := lint.Precompile(rules.All())
	if err != nil {
		log.Fatal(err)
	}
	src, err := c.GoSource("rules", "compiled", "gen.go")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("compiled_gen.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
