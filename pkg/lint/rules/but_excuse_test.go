package rules

import "testing"

func TestButExcuse(t *testing.T) {
	checkRule(t, "but-excuse", []ruleCase{
		// A "though" many words on, in a letter typed without full stops,
		// answers something else; a "However" opening the next sentence
		// still takes the apology back.
		clean("sorry i ate your curry, it wasnt on purpose, i thought it was the one i made on sunday and i only noticed when i saw the lid in the bin after work tho"),
		fires("We are very sorry that your train was terminated at Skipton and that you were left without information for over an hour. However, the decision was outside our control."),
		fires("I'm sorry, but I was terrified of how you'd react."),
		fires("I'm sorry about your vegetable patch, but in fairness that fence was already half rotten."),
		fires("I'm sorry, though the flight from Berlin was cancelled."),
		fires("Sorry it went down like that, though honestly you pushed me."),
		fires("I apologise for the delay; however, the supplier let us down."),
		fires("I'm really sorry I was late, but the traffic was terrible."),
		fires("I regret what I said, although you did start it."),
		fires("I'm sorry I snapped. But you know how stressed I've been."),
		fires("I’m sorry, but you know how busy I was."),
		fires("I'm sorry I missed your graduation ceremony last Saturday afternoon in town, but the trains were on strike."),
		fires("I'm sorry, but in my defence I was exhausted."),
		fires("I apologise, but I was only following instructions."),
		fires("Sorry, but you did say you didn't mind."),
		fires("I feel bad about it, but honestly it wasn't all me."),
		fires("I'm sorry for shouting, but you kept pushing my buttons."),
		fires("I'm sorry I missed it, though to be fair I did tell you I might be late."),
		fires("I'm sorry. That said, you did provoke me."),
		fires("Sorry, but I was tired."),
		fires("I apologise; however, my staff were following policy."),
		fires("I'm sorry, although to be honest I was provoked."),
		clean("I'm sorry, but more than that I want to fix it."),
		clean("I'm sorry not only for the noise but also for how I spoke to you."),
		clean("I'm sorry, but that's no excuse for what I said."),
		clean("It was late and I was tired, but I'm sorry I snapped at you."),
		clean("I'm sorry I acted as though your work didn't count."),
		clean("I'm sorry, even though I know it can't undo anything."),
		clean("I'm sorry, but I know sorry isn't enough."),
		clean("I'm sorry, but I want to do more than say it."),
		clean("I'm sorry, but you deserved better from me."),
		clean("I'm sorry, but it was my fault and nobody else's."),
		clean("I'm sorry. But sorry is not enough, so here is what I'm doing."),
		clean("I'm sorry, but I'd like to make it up to you."),
		clean("I'm sorry I missed it.\n\nBut the rest of the weekend was lovely, and thank you for it."),
		clean("I was sorry to hear about your dad, but glad you had the weekend together."),
		clean("I'm sorry though."),
		clean("I know you were busy, but I should have called."),
	})
}

// TestButExcuseStartsAtNearestApology: the finding starts at the apology
// the "but" answers, the nearest before it, not an earlier one.
func TestButExcuseStartsAtNearestApology(t *testing.T) {
	got := findingsOf(t, "but-excuse", "omg bex sorry about the other night\nim so sorry but you know what work drinks are like\n")
	if len(got) != 1 || got[0].Line != 2 {
		t.Fatalf("findings = %s, want one on line 2", describe(got))
	}
}

// TestButExcuseClauses: a contrast after an apology is an excuse when
// its clause's subject is a circumstance, another person, the reader, or
// the writer's state, intent or kept stance; not when it adds ownership,
// repair or a commitment.
func TestButExcuseClauses(t *testing.T) {
	checkRule(t, "but-excuse", []ruleCase{
		// A circumstance or another person.
		fires("I'm sorry, but it was only meant as a joke."),
		fires("I apologise, however the situation was complicated."),
		fires("I'm sorry I shouted, but my manager had been on at me all day."),
		// The writer's state, intent, inability or kept stance.
		fires("I'm sorry, but I thought you knew."),
		fires("I'm sorry I missed it, but I couldn't get away from work."),
		fires("I'm sorry, but I do stand by what I wrote."),
		// "yet" opening a contrast clause.
		fires("I'm sorry, yet you never listen when I explain."),
		fires("I'm sorry. Yet the rules are the rules."),
		// Ownership added: the writer judging their act.
		clean("I'm sorry, but what I said at dinner was out of line."),
		clean("I'm sorry, but my behaviour on Saturday was inexcusable."),
		// Repair or a commitment added.
		clean("I'm sorry, but I'm taking you out for dinner on Friday to make up for it."),
		clean("I'm sorry I was late, but it won't happen again."),
		clean("I'm sorry, but nothing I say can undo it."),
		// "yet" that is not a contrast.
		clean("I'm sorry I haven't paid you back yet, and I will by Friday."),
	})
}
