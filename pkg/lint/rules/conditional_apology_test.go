package rules

import "testing"

func TestConditionalApology(t *testing.T) {
	checkRule(t, "conditional-apology", []ruleCase{
		fires("I'm sorry if you were hurt."),
		fires("I apologize if anyone was offended by my comments."),
		fires("I'm sorry to the extent that I upset you."),
		fires("To the extent that I upset you, I'm sorry."),
		fires("Sorry if that came across badly."),
		fires("I'm so sorry if my words hurt you."),
		fires("Apologies if I overstepped."),
		fires("I regret it if anything I said was hurtful."),
		fires("If I hurt you, I'm sorry."),
		fires("If my joke upset you, I apologise."),
		fires("I’m sorry if it seemed like I didn’t care."),
		fires("I'm sorry,\nif I offended you."),
		fires("I apologize if my tone came off as rude."),
		fires("I'm sorry if I upset you in any way."),
		fires("If I've offended you, I apologise."),
		fires("I'm sorry if that's how it came across."),
		fires("Sorry if I was a bit much last night."),
		fires("I apologise if anyone felt excluded."),
		fires("I regret any offence, if any was taken."),
		clean("I'm sorry I shouted at you."),
		clean("I'm sorry, and if you're open to it, I'd like to cook you dinner."),
		clean("I'm sorry. If you'd rather not talk yet, I understand."),
		clean("I'm sorry I acted as if your work didn't matter."),
		clean("I'm sorry, even if it changes nothing."),
		clean("I'm sorry, and if there's anything I can do, tell me."),
		clean("I'm sorry I didn't ask if you were okay."),
		clean("I'm sorry; if you want to talk, I'm here."),
		clean("I'm sorry for missing your recital. If you'd like, I'll come to the next one."),
		clean("If you're willing, I'd like to apologise to you in person."),
		clean("I'm sorry, and if I can make it up to you, I will."),
	})
}
