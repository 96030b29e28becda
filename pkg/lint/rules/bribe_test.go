package rules

import "testing"

func TestBribe(t *testing.T) {
	checkRule(t, "bribe", []ruleCase{
		fires("I bought you the earrings so you'll forgive me quicker."),
		fires("I've booked us a weekend away. That should make up for it."),
		fires("I've ordered you the bag; it should make up for it."),
		fires("If you forgive me I'll take you to that tapas place."),
		fires("In return we'll include a free towel rail."),
		fires("Does this make up for it?"),
		fires("I got you flowers so you would forgive me."),
		fires("I got you flowers, so can we call it even?"),
		fires("I'll buy you dinner if you stop being mad."),
		fires("Here's a gift card to make up for it."),
		fires("This present should make things better between us."),
		fires("I'll take you to Paris if you forgive me."),
		fires("I hope this bracelet makes up for it."),
		fires("I bought you this so you'd forgive me."),
		fires("This should make up for it."),
		fires("This ought to make up for it."),
		fires("If you forgive me, I'll buy you that bag."),
		fires("I got you a present to make up for it."),
		fires("If you could hold off on posting that review, I'll throw in a free canvas print."),
		fires("We will waive next month's fee if you decide to stay with us."),
		fires("Withdraw the complaint, after which we would be happy to offer a reduction."),
		clean("I'll pay for a replacement lens, whatever you decide about us."),
		clean("I know nothing I buy could make up for it."),
		clean("I'd like to make it up to you by cooking dinner, if you're open to it."),
		clean("I don't expect anything in return."),
		clean("This won't make up for it, but I've paid for the repair."),
		fires("I got you flowers so we can put this behind us."),
		fires("To smooth things over, we've added a free month of hosting."),
		fires("We've credited £5 and we hope this helps you forget the whole thing."),
		fires("We would welcome you back for a complimentary meal once you have updated your review."),
		clean("We've added a free month to your membership to say sorry."),
		clean("I got you flowers because you love tulips, and they come with no strings."),
		clean("Once you have had time to think, I'd like to talk."),
	})
}
