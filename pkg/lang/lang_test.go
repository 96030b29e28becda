package lang

import (
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"missed ur gig on friday after saying id be there": "missed your gig on Friday after saying I'd be there",
		"ur so upset and im sorry":                         "you're so upset and I'm sorry",
		"u were embarrassed":                               "you were embarrassed",
		"ill cover ur saturday":                            "I'll cover your Saturday",
		"i was ill last week":                              "I was ill last week",
		"keep it in its own case, its fixed now":           "keep it in its own case, it's fixed now",
		"i was jealous tbh":                                "I was jealous, to be honest",
		"he ended up in a&e":                               "he ended up in A&E",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		in   string
		kind Kind
		done bool
	}{
		{"forgot your birthday dinner and stayed late at work", VerbPhrase, true},
		{"every label is now scanned against the order", Clause, false},
		{"telling you straight away when something goes wrong", Gerund, false},
		{"weekly checks on the printers", NounPhrase, false},
		{"dinner this Saturday, your pick", NounPhrase, false},
		{"when I'm stressed I will step away before I reply", Subordinate, false},
		{"I have booked a session with a counsellor", Clause, true},
		{"refunds have gone out", Clause, true},
		{"no more jokes about how people talk", Rule, false},
		{"already ordered a new one", VerbPhrase, true},
		{"the holiday deposit bounced", Clause, true},
	}
	for _, tt := range tests {
		s := Analyze(tt.in)
		if s.Kind != tt.kind || s.Done() != tt.done {
			t.Errorf("Analyze(%q) = %v done=%v, want %v done=%v", tt.in, s.Kind, s.Done(), tt.kind, tt.done)
		}
	}
	if s := Analyze("fence fixed this week"); !s.Passive || s.Kind != NounPhrase || !s.FutureTime {
		t.Errorf("verbless passive: %+v", s)
	}
	if s := Analyze("when I'm stressed I will step away"); s.Main != 3 {
		t.Errorf("main clause at %d, want 3", s.Main)
	}
}

func TestInflection(t *testing.T) {
	for base, want := range map[string][3]string{
		"stop": {"stopped", "stopping", "stops"}, "try": {"tried", "trying", "tries"},
		"make": {"made", "making", "makes"}, "lie": {"lay", "lying", "lies"}, "watch": {"watched", "watching", "watches"},
		"visit": {"visited", "visiting", "visits"},
	} {
		past := Past(base)
		if c, lemma := Lookup(want[0]); c&VPast != 0 && lemma == base {
			past = want[0]
		}
		if past != want[0] || Ing(base) != want[1] || ThirdPerson(base) != want[2] {
			t.Errorf("%s: %s %s %s, want %v", base, past, Ing(base), ThirdPerson(base), want)
		}
	}
	for form, want := range map[string]string{"stepping": "step", "making": "make", "covered": "cover", "apologising": "apologise", "visiting": "visit", "paying": "pay"} {
		if got := Lemma(form); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", form, got, want)
		}
	}
}

func TestCheckSentence(t *testing.T) {
	broken := []string{
		"Going forward, we will every label is now scanned against the order before it leaves.",
		"And from now on, I will no more jokes about how people talk.",
		"From now on, I will telling you straight away when something goes wrong.",
		"I'd like to paying back the £500 excess, £100 a month.",
		"From now on, I will when I'm stressed I will step away before I reply.",
		"I will your phone stays your phone.",
		"A label printer mix-up in our warehouse.",
		"From now on, I have booked a session with a counsellor.",
		"u were embarrassed and left the chat.",
	}
	for _, s := range broken {
		if len(CheckSentence(s)) == 0 {
			t.Errorf("CheckSentence(%q) found nothing", s)
		}
	}
	fine := []string{
		"From now on, I'll set a reminder for every date that matters to you.",
		"When work runs late, I call before 6, not after.",
		"There'll be no more jokes about how people talk.",
		"I'd like to offer you a refund of the delivery charge.",
		"Take whatever time you need.",
		"Never again.",
		"Please accept our apology.",
	}
	for _, s := range fine {
		if p := CheckSentence(s); len(p) > 0 {
			t.Errorf("CheckSentence(%q) = %v", s, p)
		}
	}
}

func TestClassesGenerateForms(t *testing.T) {
	for class, want := range map[string][]string{
		"apology": {"sorry", "apologise", "apologize", "apologised", "apologizing", "apologises", "apology", "apologies", "regret", "regrets", "regretted", "regretting"},
		"harm":    {"offend", "offends", "offended", "offending", "offence", "offense", "offensive", "hurt", "hurtful", "upset", "upsetting", "insulting", "disappointment", "embarrassed", "frustration", "annoyance", "let down"},
		"reader":  {"you", "your", "u", "ur"},
		"future":  {"will", "shall", "promise", "promised", "pledges", "swore", "sworn", "vowing", "going to"},
		"group":   {"anyone", "anybody", "everyone", "those", "people who", "customers", "some of you"},
	} {
		ws, ok := ClassWords(class)
		if !ok {
			t.Fatalf("no class %q", class)
		}
		for _, w := range want {
			if !slices.Contains(ws, w) {
				t.Errorf("class %s lacks %q: %v", class, w, ws)
			}
		}
	}
	if _, ok := ClassWords("nonsense"); ok {
		t.Error("an unknown class exists")
	}
	ws, _ := ClassWords("future")
	if slices.Contains(ws, "promize") {
		t.Error(`"promise" has no -ize spelling`)
	}
}
