package rules

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/apology-cli/apology/pkg/lint"
)

// oneLine joins the letters into one line of at least size bytes.
func oneLine(letters [][]byte, size int) []byte {
	var buf bytes.Buffer
	for i := 0; buf.Len() < size; i++ {
		buf.Write(bytes.ReplaceAll(letters[i%len(letters)], []byte("\n"), []byte(" ")))
		buf.WriteByte(' ')
	}
	buf.WriteByte('\n')
	return buf.Bytes()
}

// lintWithin lints src, failing the test if that takes longer than limit.
// The limit is a guard against a hang, far above the normal time: work
// that grows with the square of a line's length took minutes here.
func lintWithin(t *testing.T, limit time.Duration, src []byte) []lint.Finding {
	t.Helper()
	l := testLinter(t)
	done := make(chan []lint.Finding, 1)
	go func() { done <- l.Lint("big.md", src) }()
	select {
	case f := <-done:
		return f
	case <-time.After(limit):
		t.Fatalf("linting %d bytes took more than %s", len(src), limit)
		return nil
	}
}

// TestLongLine: a 2 MB letter on one line, full of findings, lints in
// time linear in its length, and every column is still the count of
// characters before the finding on its line.
func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("lints 2 MB")
	}
	// Non-ASCII characters make columns and byte offsets differ (the
	// letters are valid UTF-8, so a character is a byte that starts one).
	letters := benchLetters(t)
	letters = append(letters, []byte("Désolé — I’m sorry if you were upset, but you overreacted. "))
	src := oneLine(letters, 2<<20)
	findings := lintWithin(t, 30*time.Second, src)
	// Characters before each byte, to check columns without recounting.
	before := make([]int32, len(src)+1)
	for i := range src {
		before[i+1] = before[i]
		if utf8.RuneStart(src[i]) {
			before[i+1]++
		}
	}
	positioned := 0
	for _, f := range findings {
		if f.Line == 0 {
			continue
		}
		positioned++
		if f.Line != 1 || f.EndLine != 1 {
			t.Fatalf("%s: want line 1", f.Position())
		}
		if want := int(before[f.Offset]) + 1; f.Column != want {
			t.Fatalf("%s [%s]: column %d, want %d", f.Position(), f.Rule, f.Column, want)
		}
		if want := int(before[f.EndOffset]) + 1; f.EndColumn != want {
			t.Fatalf("%s [%s]: end column %d, want %d", f.Position(), f.Rule, f.EndColumn, want)
		}
	}
	if positioned < 5000 {
		t.Fatalf("only %d findings on the line", positioned)
	}
}

// TestManyDirectives: a letter where every other line turns a rule off
// for the next lints in time linear in its length, and the directives
// still apply.
func TestManyDirectives(t *testing.T) {
	if testing.Short() {
		t.Skip("lints 8 MB")
	}
	var b strings.Builder
	for b.Len() < 8<<20 {
		b.WriteString("<!-- apology-lint disable-next-line conditional-apology -->\nI'm sorry if you were upset, but you overreacted.\n")
	}
	findings := lintWithin(t, 30*time.Second, []byte(b.String()))
	n := 0
	for _, f := range findings {
		if f.Rule == "conditional-apology" {
			t.Fatalf("%s: conditional-apology was disabled on this line", f.Position())
		}
		if f.Rule == "but-excuse" {
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d but-excuse findings", n)
	}
}

// TestLintMemory: linting a 4 MB file of letters holds no more than
// three times the file plus 20 MB at its peak, the file included. The
// heap is sampled while the lint runs, with the collector running often
// (GOGC=10) so the samples are what is live rather than garbage waiting.
func TestLintMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("lints 4 MB")
	}
	l := testLinter(t)
	letters := benchLetters(t)
	defer debug.SetGCPercent(debug.SetGCPercent(1))

	runtime.GC()
	base := heapObjects()
	src := bytes.Clone(bigDocument(letters, 4<<20))
	runtime.GC()

	var peak atomic.Uint64
	var stop atomic.Bool
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		s := []metrics.Sample{{Name: heapObjectsMetric}}
		for !stop.Load() {
			metrics.Read(s)
			peak.Store(max(peak.Load(), s[0].Value.Uint64()))
			time.Sleep(50 * time.Microsecond)
		}
	}()
	findings := l.Lint("big.md", src)
	stop.Store(true)
	<-sampled
	runtime.KeepAlive(src)

	if len(findings) < 1000 {
		t.Fatalf("only %d findings", len(findings))
	}
	used := int64(peak.Load()) - int64(base)
	limit := int64(3*len(src) + 20<<20)
	t.Logf("%d bytes: peak heap %.1f MB (limit %.1f MB)", len(src), float64(used)/(1<<20), float64(limit)/(1<<20))
	if used > limit {
		t.Errorf("linting %d bytes took %.1f MB of heap at its peak, over %.1f MB", len(src), float64(used)/(1<<20), float64(limit)/(1<<20))
	}
}

// heapObjectsMetric is the heap's memory in objects, live or not yet swept.
const heapObjectsMetric = "/gc/heap/live:bytes"

func heapObjects() uint64 {
	s := []metrics.Sample{{Name: heapObjectsMetric}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
