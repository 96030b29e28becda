package rules

import "testing"

func TestNonApology(t *testing.T) {
	checkRule(t, "non-apology", []ruleCase{
		fires("I'm sorry you feel that way."),
		fires("I'm sorry you were offended by the GIF."),
		fires("I regret that you're upset."),
		fires("I'm sorry you took it the wrong way."),
		fires("I'm sorry you were so upset when you rang me."),
		fires("I'm also sorry you feel so let down by everyone."),
		fires("I'm sorry that you felt hurt."),
		fires("I apologise that you were embarrassed."),
		fires("I'm sorry you took offence."),
		fires("Sorry you see it that way."),
		fires("I'm sorry that you feel hurt by what happened."),
		fires("I'm sorry you feel I let you down."),
		fires("I regret that you were upset by my comments."),
		fires("I'm sorry you feel like I don't care."),
		fires("I'm sorry you were disappointed."),
		fires("I'm sorry for your hurt feelings."),
		fires("I'm sorry you think that I'm selfish."),
		fires("I'm sorry you feel like that."),
		fires("Sorry you got upset."),
		fires("I'm sorry that you're angry."),
		fires("I regret that you feel that way."),
		fires("I'm sorry you were offended by what I said."),
		clean("I'm sorry I posted that GIF about your accent."),
		clean("I'm sorry you had to wait forty minutes because I forgot you."),
		clean("I'm sorry. You were hurt, and I caused it."),
		clean("I'm sorry if you were hurt."),
		clean("I'm sorry you were the one who had to clean up after me."),
		clean("I'm sorry for how I spoke to you."),
		clean("I'm sorry that I made you feel small."),
		fires("I regret that some of you feel blindsided by the changes."),
		fires("We regret that some of our guests felt the menu was unclear."),
		fires("I regret that you came away from the meeting feeling overlooked."),
		clean("I'm sorry that some of you had to cover my shifts."),
		clean("I apologise to those of you who waited in the rain."),
	})
}
