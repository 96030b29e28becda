// Package gfm is goldmark's GitHub Flavored Markdown extensions (tables,
// strikethrough, task lists, bare links) and its Typographer, as
// github.com/yuin/goldmark/extension v1.8.7 has them, with one change:
// their regular expressions compile when a Markdown instance is built, not
// when the program starts.
//
// Importing goldmark's extension package compiles its link patterns at
// program start (their bounded repeats make them costly: milliseconds,
// hundreds of kilobytes and hundreds of page faults), so every apology
// command paid for them, `apology version` and `apology lint` included,
// though only `apology render` uses them. A Go package's initialisation
// cannot be deferred, only left out of the binary, hence this copy. A test
// holds its output to the original's.
package gfm
