package lint

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"
)

// randomFindings are n findings in no order, with many ties.
func randomFindings(n int) []Finding {
	r := rand.New(rand.NewPCG(1, 2))
	rules := []string{"hedging", "but-excuse", "minimizing", "self-pity"}
	out := make([]Finding, n)
	for i := range out {
		out[i] = Finding{Line: r.IntN(n/4 + 1), Column: r.IntN(8), Rule: rules[r.IntN(len(rules))], Offset: i}
	}
	return out
}

// TestSortFindingsIsStable: findings sort by line, column and rule, and
// those that tie keep their order, as a stable sort leaves them.
func TestSortFindingsIsStable(t *testing.T) {
	for _, n := range []int{0, 1, 2, 17, 1000} {
		got := randomFindings(n)
		want := slices.Clone(got)
		sort.SliceStable(want, func(i, j int) bool {
			a, b := want[i], want[j]
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			if a.Column != b.Column {
				return a.Column < b.Column
			}
			return a.Rule < b.Rule
		})
		sortFindings(got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d findings: order differs from a stable sort", n)
		}
		sortFindings(got) // already sorted: unchanged
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d findings: sorting sorted findings changed them", n)
		}
	}
}

// BenchmarkSortFindings: a long letter has thousands of findings, sorted
// once all its parts are checked.
func BenchmarkSortFindings(b *testing.B) {
	in := randomFindings(3500)
	out := make([]Finding, len(in))
	for b.Loop() {
		copy(out, in)
		sortFindings(out)
	}
}
