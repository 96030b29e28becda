package rules

import "testing"

func TestJustification(t *testing.T) {
	checkRule(t, "justification", []ruleCase{
		fires("I had no choice but to cancel."),
		fires("We had no choice but to move our fitters."),
		fires("I didn't have a choice."),
		fires("I only did it because I was worried about you."),
		fires("I only kept quiet because the wedding costs were stressing us out."),
		fires("It's not my fault the release slipped."),
		fires("It wasn't entirely my fault."),
		fires("Anyone in my shoes would have snapped."),
		fires("Anyone would have done the same."),
		fires("I couldn't help it."),
		fires("What else was I supposed to do?"),
		fires("I did it for your own good."),
		fires("It was out of my hands."),
		fires("I was just doing my job."),
		fires("In my defence, nobody told me."),
		fires("I couldn't exactly walk out halfway through."),
		fires("I did what I had to do."),
		fires("What choice did I have?"),
		fires("Anybody would have reacted the same way."),
		fires("I had my reasons."),
		fires("I'm only human."),
		fires("I was just being honest with you."),
		fires("I had every right to be angry."),
		fires("It wasn't my fault the bus was late."),
		clean("It was my fault, and I had a choice."),
		clean("It's not your fault, none of it."),
		clean("I couldn't help but notice how quiet you were."),
		clean("There is no excuse for what I did."),
		clean("Anyone would have been hurt by what I said."),
		clean("I had every reason to tell you and I didn't."),
		clean("I only realised how much it hurt you when you told me."),
	})
}
