package render

import "testing"

func TestOutputFormat(t *testing.T) {
	tests := []struct {
		format, output, def string
		want, err           string
	}{
		{"", "", "html", "html", ""},
		{"", "-", "md", "md", ""},
		{"", "letter.md", "html", "md", ""},
		{"", "letter.Markdown", "html", "md", ""},
		{"", "letter.HTM", "md", "html", ""},
		{"", "dir.v2/letter.html", "md", "html", ""},
		{"", "letter.txt", "html", "text", ""},
		{"", "letter.eml", "html", "eml", ""},
		{"", "/dev/stdout", "md", "md", ""},
		{"", "notes/.letter", "html", "html", ""},
		{"", "letter.pdf", "html", "", `letter.pdf: unknown extension ".pdf": use .md, .markdown, .html, .htm, .txt or .eml, or give --format`},
		{"", "x/letter.tar.gz", "md", "", `x/letter.tar.gz: unknown extension ".gz": use .md, .markdown, .html, .htm, .txt or .eml, or give --format`},
		{"text", "letter.pdf", "html", "text", ""},
		{"md", "letter.html", "html", "md", ""},
		{"markdown", "", "html", "md", ""},
		{"pdf", "letter.md", "md", "", `--format: unknown format "pdf" (want md, html, text, eml)`},
	}
	for _, tt := range tests {
		got, err := OutputFormat(tt.format, tt.output, tt.def)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && err.Error() != tt.err {
			t.Errorf("OutputFormat(%q, %q, %q) = %q, %v; want %q, %q", tt.format, tt.output, tt.def, got, err, tt.want, tt.err)
		}
	}
}
