package render

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// extensions are the output file extensions that name a format, in the
// order messages list them.
var extensions = []struct{ ext, format string }{
	{".md", "md"}, {".markdown", "md"},
	{".html", "html"}, {".htm", "html"},
	{".txt", "text"},
	{".eml", "eml"},
}

// OutputFormat decides the format of one output, the same way for every
// command that writes letters. A format given explicitly (--format;
// "markdown" is "md") always wins. Without one, the output file's
// extension picks it, in any case: .md and .markdown markdown, .html and
// .htm html, .txt text, .eml eml. With no file (standard output) or a
// name without an extension (/dev/stdout) the format is def. Any other
// extension is an error naming the file and the extensions known.
func OutputFormat(format, output, def string) (string, error) {
	if format != "" {
		if format == "markdown" {
			format = "md"
		}
		if !slices.Contains(Formats, format) {
			return "", fmt.Errorf("--format: unknown format %q (want %s)", format, strings.Join(Formats, ", "))
		}
		return format, nil
	}
	// A leading dot starts a hidden file's name, not an extension.
	ext := filepath.Ext(strings.TrimLeft(filepath.Base(output), "."))
	if output == "" || output == "-" || ext == "" {
		return def, nil
	}
	known := make([]string, len(extensions))
	for i, e := range extensions {
		if strings.EqualFold(ext, e.ext) {
			return e.format, nil
		}
		known[i] = e.ext
	}
	return "", fmt.Errorf("%s: unknown extension %q: use %s or %s, or give --format",
		output, ext, strings.Join(known[:len(known)-1], ", "), known[len(known)-1])
}

// Extension is the usual file extension of a format: ".md" for md.
func Extension(format string) string {
	for _, e := range extensions {
		if e.format == format {
			return e.ext
		}
	}
	return ""
}
