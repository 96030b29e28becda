package rules

import "testing"

func TestMissingApology(t *testing.T) {
	checkRule(t, "missing-apology", []ruleCase{
		clean("Dear neighbours,\n\nThe committee apologises for leaving Block C out of the survey.\n"),
		clean("Dear Ms Hale,\n\nWe're sorry to hear you were disappointed with your meal on the 3rd.\n"),
		fires("Dear Ms Hale,\n\nWe were sorry to hear about your loss, and we have refunded your booking.\n"),
		fires("Marcus,\n\nAbout Christmas. Things were said at the table, and you're overreacting.\n\nDave\n"),
		fires("Hi Sam,\n\nI'm not sorry for what I said, but I could have said it better.\n"),
		fires("Dear Mrs Hughes,\n\nThank you for your email. We appreciate your patience.\n"),
		fires("Ravi,\n\nI was sorry to hear you were ill last week. About the stand-up: I want to clear the air.\n"),
		fires("Jo,\n\nYou owe me an apology, frankly, but I'll go first and say I was wrong.\n"),
		fires("Kat,\n\n> I'm sorry isn't something you say, is it?\n\nThat's what you wrote. I was wrong.\n"),
		fires("---\ntitle: sorry\n---\nJo,\n\nI was wrong about the money.\n"),
		clean("Dad,\n\nI'm sorry I scraped the car. It was my fault.\n"),
		clean("Dear Mrs Okafor,\n\nI apologise for the noise from my flat on Saturday night.\n"),
		clean("Ines,\n\nI regret missing your recital more than I can say.\n"),
		clean("Priya,\n\nPlease accept my apologies for the way I spoke to you.\n"),
		clean("Hi Tomasz,\n\nSorry it went down like that.\n"),
		clean("Jo,\n\nI owe you an apology for Saturday.\n"),
	})
}
