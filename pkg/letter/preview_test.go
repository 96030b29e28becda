package letter_test

import (
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/letter"
)

// TestPreviewShapes writes one answer of each shape family as the letter
// would, and checks the sentence it becomes.
func TestPreviewShapes(t *testing.T) {
	warm := &letter.Answers{Relationship: "friend", WhatIDid: "missed your gig", Tone: "warm"}
	tests := []struct {
		name, key, answer, want string
	}{
		// A definite thing and where it is, with "be" left out.
		{"np+pp change", letter.KeyChanges, "your birthday and Grandad's in my phone with reminders",
			"your birthday and Grandad's will be in my phone with reminders."},
		{"np+pp change now", letter.KeyChanges, "my phone now in the drawer at dinner",
			"my phone is now in the drawer at dinner."},
		{"np off", letter.KeyChanges, "my phone off at dinner", "my phone will be off at dinner."},
		// An indefinite noun's phrase modifies it: no "be".
		{"np modifier", letter.KeyChanges, "weekly checks on the printers", "there'll be weekly checks on the printers."},
		// A treat someone stands, then a clause joined by "and".
		{"treat and clause", letter.KeyRepair, "drinks on me and ill come to the next one, front row",
			"Drinks are on me, and I'll come to the next one, front row."},
		// A subordinate clause whose main clause has a verb the tagger
		// only knows from the lexicon of everyday verbs.
		{"if-clause, no comma", letter.KeyChanges, "if i damage something i knock on the door straight away",
			"if I damage something, I knock on the door straight away."},
		{"if-clause, it", letter.KeyChanges, "if i borrow something it stays zipped in my bag",
			"if I borrow something, it stays zipped in my bag."},
		// A judgement without its subject after a comma; "must of".
		{"epistemic", letter.KeyImpact, "u found it urself, must of felt awful",
			"You found it yourself. That must have felt awful."},
		// A treat stands without an article; an ordinal takes "the", and
		// something sent today has been sent.
		{"treat", letter.KeyRepair, "dinner on me this saturday", "Dinner is on me this Saturday."},
		{"ordinal today", letter.KeyRepair, "first £400 sent today", "The first £400 has been sent today."},
		// The reader as the object of the writer's act, in the impact.
		{"act on reader", letter.KeyImpact, "undermined you with the new starters", "I undermined you with the new starters."},
		{"reader's experience", letter.KeyImpact, "had to rebook the scan", "You had to rebook the scan."},
		{"reader's body", letter.KeyImpact, "carried it all alone, hurt ur back", "You carried it all alone"},
		// A progressive and a plural with "be" left out.
		{"progressive", letter.KeyImpact, "8 people messaging u before u were ready", "8 people were messaging you before you were ready."},
		// Names typed in lower case; Mum as a name, not after "my".
		{"names", letter.KeyRepair, "ring mum and claire tonight", "ring Mum and Claire tonight"},
		{"my mum", letter.KeyRepair, "ring my mum tonight", "ring my mum tonight"},
		// A gerund as the main clause after "if".
		{"if + gerund", letter.KeyRepair, "if it cant be saved buying u the same model", "If it can't be saved, I'll buy you the same model."},
		// A rule as a topic and a clause.
		{"topic", letter.KeyChanges, "anything over £100 from the joint account we talk first", "for anything over £100 from the joint account, we talk first."},
		// An adverb after the auxiliary of a verbless passive.
		{"adverb", letter.KeyChanges, "heavy antiques always carried by 3 people", "heavy antiques will always be carried by 3 people."},
		// The month after a preposition.
		{"month", letter.KeyChanges, "data protection training for all staff in may", "training for all staff in May."},
		// Days cut short.
		{"day", letter.KeyRepair, "booked the garage for tues", "Booked the garage for Tuesday"},
	}
	for _, tt := range tests {
		got, err := letter.Preview(tt.key, tt.answer, warm)
		if err != nil {
			t.Errorf("%s: %q: %v", tt.name, tt.answer, err)
			continue
		}
		if !containsFold(got, tt.want) {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.name, tt.answer, got, tt.want)
		}
	}
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
