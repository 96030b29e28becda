package letter

import (
	"hash/fnv"
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// Salutation is the recipient as a greeting names them: "Dear Year 6
// parents" (a group's "the" dropped), "Dear Fletcher family" for "the
// Fletchers", "Dear Ms Chen" (titles kept), "Hi Kai" ("kai" capitalised).
func Salutation(recipient string) string {
	s := Name(recipient)
	if isGroup(recipient) && strings.ToLower(Tidy(recipient)) == Tidy(recipient) && !strings.Contains(recipient, " and ") {
		s = Tidy(recipient) // "valued customers", "team": common nouns
	}
	low := strings.ToLower(s)
	if rest, ok := strings.CutPrefix(low, "the "); ok && len(s) > 4 {
		s = s[4:]
		// "the Fletchers": a family by its surname.
		if f := strings.Fields(s); len(f) == 1 && strings.HasSuffix(rest, "s") && s[0] >= 'A' && s[0] <= 'Z' {
			name := strings.TrimSuffix(s, "s")
			if strings.HasSuffix(name, "se") || strings.HasSuffix(name, "xe") {
				name = strings.TrimSuffix(name, "e") // "the Joneses"
			}
			return name + " family"
		}
	}
	return s
}

// isGroup reports whether the letter is to more than one person: a plural
// noun ("parents", "customers"), "team", "everyone", two names.
func isGroup(recipient string) bool {
	ws := lang.Words(lang.Normalize(strings.ToLower(recipient)))
	for _, w := range ws {
		switch w.Lower {
		case "and", "&", "team", "everyone", "all", "family", "club", "committee", "staff", "group", "class", "crew", "squad", "folks", "guys":
			return true
		}
	}
	if n := len(ws); n > 0 {
		last := ws[n-1].Lower
		return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && ws[0].Lower == "the" ||
			n > 1 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us")
	}
	return false
}

// seed is a number drawn from the answers: the same answers give the same
// letter, different answers a different choice of phrasings.
func seed(a *Answers) uint64 {
	h := fnv.New64a()
	for _, s := range []string{a.Recipient, a.WhatIDid, a.Impact, a.Why, a.Repair, strings.Join(a.Changes, "\n"), a.OwnWords, a.From} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// pick chooses one of the options for a part of the letter, by the seed
// and the part's name, so each part varies on its own.
func pick(seed uint64, part string, options ...string) string {
	if len(options) == 0 {
		return ""
	}
	h := fnv.New64a()
	h.Write([]byte(part))
	x := (h.Sum64() ^ seed) * 0x9E3779B97F4A7C15
	return options[(x>>33)%uint64(len(options))]
}
