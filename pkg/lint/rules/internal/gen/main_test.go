package main

import (
	"bytes"
	"os"
	"testing"
)

// TestCommittedFileIsCurrent: compiled_gen.go is exactly what the
// generator writes for the current rules.
func TestCommittedFileIsCurrent(t *testing.T) {
	want, err := source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../compiled_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("compiled_gen.go is not what the generator writes: run go generate ./pkg/lint/rules")
	}
}
