package rules

import "testing"

func TestAbsolutePromise(t *testing.T) {
	checkRule(t, "absolute-promise", []ruleCase{
		fires("I will never miss another big day of yours."),
		fires("It will never happen again."),
		fires("I'll always be waiting at arrivals."),
		fires("I swear I will never touch a drink again."),
		fires("I'll do anything you want."),
		fires("I promise I'll never lie to you again."),
		fires("I will always have your back."),
		fires("We guarantee the refit will be finished on time."),
		fires("It will be 100% done by Friday, I promise."),
		fires("I promise never to read your messages again."),
		fires("I'll do whatever it takes."),
		fires("I'll be there every single time."),
		fires("I'll never let you down again."),
		fires("I will never hurt you again."),
		fires("This will never, ever happen again."),
		fires("From now on I'll always put you first."),
		fires("I promise it won't ever happen again."),
		fires("You'll never have to worry about this again."),
		fires("I'll be perfect from now on."),
		fires("I will do anything to make this right."),
		fires("I'm going to change completely."),
		fires("I swear on everything it won't happen again."),
		fires("I'll never do it again."),
		fires("It won't ever happen again."),
		fires("I'll always be there for you."),
		fires("I'm 100% committed to changing."),
		fires("I guarantee you won't be disappointed."),
		fires("I'll do anything you ask."),
		clean("I will always remember you turning up with a van."),
		clean("From now on, I'll put your dates in my calendar."),
		clean("I'll never forget how kind you were that night."),
		clean("It was 100% my fault."),
		clean("I can't promise I'll never mess up, but I can promise to tell you when I do."),
		clean("I'll always be grateful you gave me the chance to explain."),
		clean("I'll never be able to undo it."),
		clean("It felt like it took forever for you to answer."),
	})
}
