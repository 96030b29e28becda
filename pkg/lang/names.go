package lang

//go:generate go run ./internal/gennames

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed names.txt
var namesText string

// names are the words English writes only with a capital: people's
// first names and places ("claire", "bristol"), from names.txt.
var names = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 9000)
	for _, l := range strings.Split(namesText, "\n") {
		if l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
})

// IsName reports whether a lower-case word is only ever a name.
func IsName(low string) bool {
	if c, _ := Lookup(low); c != 0 {
		return false // a word the lexicon knows is an ordinary word
	}
	return names()[low]
}

// familyTitles are what people call their relatives by, written with a
// capital when they stand as a name ("ring Mum", "Dad's house"), not
// after a possessive ("my mum").
var familyTitles = map[string]bool{"mum": true, "dad": true, "mam": true, "nan": true, "nana": true, "gran": true,
	"granny": true, "grandad": true, "grandpa": true, "grandma": true, "mom": true, "nanna": true, "grampa": true}
