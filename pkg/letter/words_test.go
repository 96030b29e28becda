package letter

import (
	"errors"
	"testing"
)

func TestDid(t *testing.T) {
	tests := []struct {
		in, want string
		we       bool
		err      error
	}{
		{"I read your messages without asking", "I read your messages without asking", false, nil},
		{"  I read your messages without asking.  ", "I read your messages without asking", false, nil},
		{"i read your messages when i was alone", "I read your messages when I was alone", false, nil},
		{"I'm sorry I forgot your birthday", "I forgot your birthday", false, nil},
		{"I am so sorry that I forgot your birthday!", "I forgot your birthday", false, nil},
		{"Sorry, I forgot your birthday", "I forgot your birthday", false, nil},
		{"We charged your card twice", "we charged your card twice", true, nil},
		{"We're sorry we charged your card twice", "we charged your card twice", true, nil},
		{"we’ve lost your parcel", "we’ve lost your parcel", true, nil},
		{"im always late to your things", "I'm always late to your things", false, nil},
		{"I’ve been ignoring your calls", "I’ve been ignoring your calls", false, nil},
		{"forgot your birthday", "", false, ErrNotFirstPerson},
		{"I'm sorry for forgetting your birthday", "", false, ErrNotFirstPerson},
		{"mistakes were made", "", false, ErrNotFirstPerson},
		{"I'm sorry", "", false, ErrNotFirstPerson},
		{"I'm sorryful", "I'm sorryful", false, nil},
		{"", "", false, ErrNotFirstPerson},
	}
	for _, tt := range tests {
		got, we, err := Did(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want || we != tt.we {
			t.Errorf("Did(%q) = %q, %v, %v; want %q, %v, %v", tt.in, got, we, err, tt.want, tt.we, tt.err)
		}
	}
}

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

func TestRepairSentence(t *testing.T) {
	tests := []struct {
		in         string
		we, formal bool
		want       string
	}{
		{"pay for a new lens", false, false, "I'd like to pay for a new lens."},
		{"Pay for a new lens", false, true, "I would like to pay for a new lens."},
		{"to pay for a new lens", false, false, "I'd like to pay for a new lens."},
		{"refund the second charge", true, true, "We would like to refund the second charge."},
		{"I'll pay for a new lens", false, false, "I'll pay for a new lens."},
		{"we have refunded the charge", true, false, "We have refunded the charge."},
		{"let me cook you dinner on Friday", false, false, "Let me cook you dinner on Friday."},
		{"a full refund of your order", false, false, "I'd like to offer a full refund of your order."},
		{"£50 towards the repair", true, false, "We'd like to offer £50 towards the repair."},
		{"10% off your next order", false, false, "I'd like to offer 10% off your next order."},
		{"PayPal you the money today", false, false, "I'd like to PayPal you the money today."},
		{"", false, false, ""},
	}
	for _, tt := range tests {
		if got := RepairSentence(tt.in, tt.we, tt.formal); got != tt.want {
			t.Errorf("RepairSentence(%q, %v, %v) = %q, want %q", tt.in, tt.we, tt.formal, got, tt.want)
		}
	}
}

func TestChangeClause(t *testing.T) {
	tests := []struct {
		in   string
		we   bool
		want string
	}{
		{"I will ask before I pick up your phone", false, "I will ask before I pick up your phone"},
		{"ask before I pick up your phone.", false, "I will ask before I pick up your phone"},
		{"Ask before i pick up your phone", false, "I will ask before I pick up your phone"},
		{"to be on time", false, "I will be on time"},
		{"- text you if I'm late", false, "I will text you if I'm late"},
		{"From now on, I will text you", false, "I will text you"},
		{"going forward I'll text you", false, "I'll text you"},
		{"We have fixed the checkout", true, "we have fixed the checkout"},
		{"check every report within a day", true, "we will check every report within a day"},
		{"", false, ""},
	}
	for _, tt := range tests {
		if got := ChangeClause(tt.in, tt.we); got != tt.want {
			t.Errorf("ChangeClause(%q, %v) = %q, want %q", tt.in, tt.we, got, tt.want)
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
