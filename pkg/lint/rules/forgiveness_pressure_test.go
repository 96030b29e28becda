package rules

import "testing"

func TestForgivenessPressure(t *testing.T) {
	checkRule(t, "forgiveness-pressure", []ruleCase{
		fires("You have to forgive me."),
		fires("I deserve a second chance."),
		fires("Let's just put it behind us and move on."),
		fires("Can we forgive and forget?"),
		fires("I'll need an answer from you by Friday."),
		fires("After everything I've done for you, you owe me this."),
		fires("Can we please just move on before Monday's stand-up?"),
		fires("Please tell me we're okay by the weekend."),
		fires("I think it's important we all move past it quickly."),
		fires("You owe me another chance."),
		fires("The least you can do is hear me out."),
		fires("We trust you will consider the matter closed."),
		fires("I expect you to forgive me."),
		fires("I need you to forgive me."),
		fires("Please forgive me already."),
		fires("Can't we just move past this?"),
		fires("I've apologised, so that should be the end of it."),
		fires("Let's put this behind us."),
		fires("I want us to go back to normal by the weekend."),
		fires("It's been a week, you can't stay angry forever."),
		fires("I expect an answer by tomorrow."),
		fires("We need to move on."),
		fires("I've said sorry, what more do you want?"),
		clean("Take whatever time you need."),
		clean("I don't expect you to forgive me."),
		clean("I'll pay you back by Friday."),
		clean("When you're ready, I'd like to talk, and I'll wait as long as it takes."),
		clean("I hope one day you can forgive me."),
		clean("I know I don't deserve a second chance."),
		clean("I'll have the quote for the repair by Friday."),
	})
}
