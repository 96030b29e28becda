package rules

import "testing"

func TestVagueApology(t *testing.T) {
	checkRule(t, "vague-apology", []ruleCase{
		fires("I'm sorry for everything."),
		fires("I'm sorry for what happened at the party."),
		fires("I'm sorry for whatever I did at your sister's wedding."),
		fires("Sorry for any hurt caused."),
		fires("I apologise for any pain this may have caused."),
		fires("Sorry it went down like that."),
		fires("I'm sorry for the whole situation with her."),
		fires("I'm sorry about this whole mess."),
		fires("I'm sorry for what I did."),
		fires("I'm sorry it came to this."),
		fires("I apologize for my behavior."),
		fires("I'm sorry for anything I said that upset you."),
		fires("I'm sorry for all of it."),
		fires("Sorry for everything that happened."),
		fires("I'm sorry about what went on between us."),
		fires("I apologise for any upset caused."),
		fires("I'm sorry for my actions."),
		fires("I'm sorry for the way things turned out."),
		fires("I'm sorry it happened."),
		fires("I'm sorry for being such a bad friend."),
		fires("Sorry about last night."),
		fires("Sorry for everything."),
		fires("I apologise for what happened."),
		fires("I'm sorry about whatever I did."),
		fires("Apologies for any hurt caused."),
		fires("I'm sorry about the whole situation."),
		fires("I'm sorry for any pain I may have caused."),
		clean("I'm sorry I shouted at you in the restaurant."),
		clean("I'm sorry for missing your recital."),
		clean("I'm sorry for the way I spoke to you in the shop."),
		clean("Thank you for everything you've done for me."),
		clean("I'm sorry for what I did to your car."),
		clean("I'm sorry for the joke I made about your divorce."),
		clean("I'm sorry for the noise from my flat on Saturday night."),
	})
}
