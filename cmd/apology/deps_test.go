package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLeavesOutCostlyInits: every command pays for the initialisation of
// every package the binary links, before main runs. goldmark's extension
// package compiles its link patterns then (milliseconds and hundreds of
// page faults; `apology render` uses pkg/render/gfm instead), and go/format
// is only for go generate.
func TestLeavesOutCostlyInits(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	for _, pkg := range []string{"github.com/yuin/goldmark/extension", "go/format"} {
		for _, d := range deps {
			if d == pkg {
				t.Errorf("apology links %s", pkg)
			}
		}
	}
}
