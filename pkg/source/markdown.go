package source

import (
	"reflect"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// NewMarkdown is goldmark.New(opts...) except that a list or block quote
// never opens inside MaxDepth others: its line is read as text instead.
// CheckNesting refuses deeper letters before they are parsed; this keeps
// what it does not model (goldmark counts a tab's stop from where a
// container's content starts) from nesting without bound all the same.
func NewMarkdown(opts ...goldmark.Option) goldmark.Markdown {
	containers := map[reflect.Type]bool{
		reflect.TypeOf(parser.NewListParser()):       true,
		reflect.TypeOf(parser.NewBlockquoteParser()): true,
	}
	blocks := parser.DefaultBlockParsers()
	for i, b := range blocks {
		if p, ok := b.Value.(parser.BlockParser); ok && containers[reflect.TypeOf(p)] {
			blocks[i] = util.Prioritized(depthLimited{p}, b.Priority)
		}
	}
	p := parser.NewParser(
		parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
	return goldmark.New(append([]goldmark.Option{goldmark.WithParser(p)}, opts...)...)
}

// depthLimited is a container parser that opens nothing past MaxDepth.
type depthLimited struct{ parser.BlockParser }

func (d depthLimited) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	depth := 0
	for n := parent; n != nil; n = n.Parent() {
		if k := n.Kind(); k == ast.KindBlockquote || k == ast.KindListItem {
			depth++
		}
	}
	if depth >= MaxDepth {
		return nil, parser.NoChildren
	}
	return d.BlockParser.Open(parent, reader, pc)
}
