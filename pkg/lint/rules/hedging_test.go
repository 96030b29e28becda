package rules

import "testing"

func TestHedging(t *testing.T) {
	checkRule(t, "hedging", []ruleCase{
		fires("I guess I was wrong."),
		fires("Maybe I kind of overreacted."),
		fires("I suppose I might have thought her support would help."),
		fires("Maybe I was kind of a nightmare that night."),
		fires("It was partly my fault."),
		fires("Maybe I kind of panicked when the first bill came."),
		fires("I guess I've been a pretty rubbish friend this year."),
		fires("I may have overreacted."),
		fires("Perhaps I should have told you sooner."),
		fires("I was a bit harsh."),
		fires("I sort of lied about it."),
		fires("I wasn't entirely blameless."),
		fires("I might have been a bit harsh."),
		fires("I probably shouldn't have said that."),
		fires("I suppose I was a little out of line."),
		fires("Maybe I went too far."),
		fires("I think I may have overreacted."),
		fires("It's possible I was wrong."),
		fires("Perhaps I was a little insensitive."),
		fires("I was sort of rude, I guess."),
		fires("I kind of lost my temper."),
		fires("Arguably I should have called."),
		fires("Maybe I overreacted."),
		fires("I suppose I might have been out of line."),
		fires("I guess I could have handled it better."),
		fires("I might have overreacted a bit."),
		fires("I guess I just wasn't feeling up to it."),
		clean("I was wrong."),
		clean("Maybe we could go for a walk on Sunday, if you'd like."),
		clean("Perhaps I could cook for you on Saturday."),
		clean("I guess I should start with what I did."),
		clean("I should have told you sooner."),
		clean("It was my fault, not partly, entirely."),
	})
}
