package rules

import "testing"

func TestMinimizing(t *testing.T) {
	checkRule(t, "minimizing", []ruleCase{
		fires("It was just a joke."),
		fires("It's honestly not a big deal."),
		fires("You're overreacting."),
		fires("You're being a bit too sensitive about it."),
		fires("Get over it, it was one taxi."),
		fires("It's only a lamp."),
		fires("It was only a bit of fun."),
		fires("Things got blown way out of proportion."),
		fires("Calm down."),
		fires("The missing tiles are only a cosmetic issue."),
		fires("No harm done."),
		fires("You're taking this too personally."),
		fires("It's no big deal."),
		fires("I was only joking."),
		fires("It wasn't that bad."),
		fires("You're making a big deal out of nothing."),
		fires("It was only a few drinks."),
		fires("Relax, it's not the end of the world."),
		fires("Stop being so dramatic."),
		fires("You need to let it go."),
		fires("It's not like anyone got hurt."),
		fires("It was only a bit of banter."),
		fires("Come on, it was harmless."),
		fires("You'll get over it."),
		fires("Don't take it so personally."),
		clean("I know it was a big deal to you."),
		clean("You weren't overreacting; you were right to be angry."),
		clean("I went for a walk to calm down before I wrote this."),
		clean("I told you it was no big deal, and that was wrong."),
		clean("It was only a week after your mum's funeral."),
		clean("This is just a first step."),
		clean("I acted like it was just a joke, and it wasn't."),
		clean("I don't expect you to get over it."),
	})
}
