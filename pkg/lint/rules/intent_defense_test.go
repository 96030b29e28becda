package rules

import "testing"

func TestIntentDefense(t *testing.T) {
	checkRule(t, "intent-defense", []ruleCase{
		fires("I didn't mean to embarrass you."),
		fires("I never meant for the kids to hear any of it."),
		fires("It was never my intention for it to go further."),
		fires("It wasn't my intention to hurt anyone."),
		fires("My intentions were good."),
		fires("I meant well."),
		fires("I wasn't trying to cause drama."),
		fires("I was only trying to help."),
		fires("I was trying to protect you."),
		fires("No offence was meant."),
		fires("I didn't do it on purpose."),
		fires("I had the best intentions."),
		fires("I never intended to hurt you."),
		fires("That was never my intention."),
		fires("I honestly didn't mean anything by it."),
		fires("My heart was in the right place."),
		fires("It was supposed to be a joke."),
		fires("I thought I was helping."),
		fires("I was only trying to look out for you."),
		fires("I didn't intend to upset anyone."),
		fires("I never meant any harm."),
		fires("It wasn't intentional."),
		fires("That was never the intention."),
		fires("I meant no harm."),
		fires("I was just trying to help."),
		fires("It was meant as friendly feedback."),
		fires("It was never meant to go viral."),
		clean("I embarrassed you in front of your friends."),
		clean("It doesn't matter that I didn't mean to; I did it."),
		clean("I meant to call you that night and didn't."),
		clean("Whether or not I meant to, I hurt you."),
		clean("I'm not trying to make excuses."),
		clean("I meant every word of that promise, and I broke it."),
	})
}
