package letter

import (
	"testing"
)

func TestSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"you had to cancel dinner", "You had to cancel dinner."},
		{"You waited an hour.", "You waited an hour."},
		{"did it hurt?", "Did it hurt?"},
		{`you said "never again"`, `You said "never again".`},
		{`you said "never again."`, `You said "never again."`},
		{"you cried;", "You cried."},
		{"i let it slide", "I let it slide."},
		{"élodie had to wait", "Élodie had to wait."},
	}
	for _, tt := range tests {
		if got := Sentence(tt.in); got != tt.want {
			t.Errorf("Sentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTidy(t *testing.T) {
	tests := []struct{ in, want, item string }{
		{"  I  read\n your\tmessages ", "I read your messages", "I read your messages"},
		{"- ask first", "- ask first", "ask first"},
		{"* ask first", "* ask first", "ask first"},
		{"2. ask first", "2. ask first", "ask first"},
		{"3) ask first", "3) ask first", "ask first"},
		{"11pm is when the music stops", "11pm is when the music stops", "11pm is when the music stops"},
	}
	for _, tt := range tests {
		if got := Tidy(tt.in); got != tt.want {
			t.Errorf("Tidy(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := TidyItem(tt.in); got != tt.item {
			t.Errorf("TidyItem(%q) = %q, want %q", tt.in, got, tt.item)
		}
	}
}
