package rules

import "testing"

// TestChangeFamilies: commitments of each family the clause-level check
// recognises, each alone in an otherwise complete letter, keep
// missing-change quiet.
func TestChangeFamilies(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		// A habit tied to a condition or time, in the present.
		"When the shift overruns, I text you before seven.",
		"If I feel my temper going, I leave the room for ten minutes.",
		// A future act tied to the writer's own situation.
		"I'll go for a walk when I notice I'm getting wound up.",
		// A future act that governs how the writer behaves.
		"I will keep my views on your job to myself.",
		// A rule of the home or organisation.
		"Every parcel goes through our second check before it leaves.",
		// A change already made.
		"I joined a gambling support group last month.",
		"I set up a shared calendar for the school pickups.",
		"I asked my manager to remind me about the rota on Fridays.",
	} {
		cases = append(cases, clean("Jo,\n\nI'm sorry I forgot your birthday. It was my fault, and I'll take you out on Saturday. "+s+"\n"))
	}
	checkRule(t, "missing-change", cases)
}

// TestDocumentLookAlikes: letters that lack a component but say something
// shaped like it (a one-off repair, a past act, a state of mind, a vow, a
// question, a claim about others, the reader's duty) must still be
// flagged.
func TestDocumentLookAlikes(t *testing.T) {
	const opening = "Jo,\n\nI'm sorry I forgot your birthday. It was my fault. "
	var cases []ruleCase
	for _, s := range []string{
		// A one-off repair, even with a date or an amount each.
		"I'll pay for the dinner by Friday.",
		"We will refund both payments, £20 each, within five days.",
		"I'll call you tomorrow to talk it through.",
		// A past act, even of a verb that could start a routine.
		"I started the argument when I got home.",
		"When I switched phones, I lost your number.",
		"I put a note through your door in June.",
		// A state of mind, in the present.
		"I'm so stressed I can barely think straight.",
		"I know you'd planned the whole day around it.",
		// What the writer could, would or should do.
		"I could have checked the calendar before the weekend.",
		"I'd have thought you'd understand by now.",
		// A vow with no routine to it.
		"I will never forget your birthday again.",
		"I'll always be there for you on your birthday.",
		// A question, and waiting on the reader.
		"Can we just go back to normal before the party on Saturday?",
		"Whenever you're ready to talk, I'll listen.",
		// Others' routines, and claims about how things are.
		"Every restaurant in town is fully booked on Saturdays.",
		"You never tell me when plans change.",
		// Moving on.
		"I'd ask that we now put this behind us.",
		// A one-off in "this time".
		"This time I'll listen to you instead of talking.",
		// An abstention that is not a habit.
		"I don't want to make excuses.",
	} {
		cases = append(cases, fires(opening+"I'll pay for a new cake. "+s+"\n"))
	}
	checkRule(t, "missing-change", cases)

	// Lacking a repair or responsibility, whatever else is said.
	checkRule(t, "missing-repair", []ruleCase{
		fires(opening + "From now on, I check the calendar every Sunday.\n"),
		fires(opening + "I started going to a support group.\n"),
		fires(opening + "When I'm stressed, I step away.\n"),
	})
	checkRule(t, "missing-responsibility", []ruleCase{
		fires("Jo,\n\nI'm sorry about your birthday. I'll pay for a new cake. From now on, I check the calendar every Sunday.\n"),
		fires("Jo,\n\nI'm sorry about your birthday. Every parcel goes through our second check before it leaves.\n"),
	})
}

// TestRepairFamilies: amends of each family the clause-level check
// recognises, each alone in an otherwise complete letter, keep
// missing-repair quiet.
func TestRepairFamilies(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		// An offer or promise of an amends verb, or of coming and helping.
		"I'd like to cover the cost of the taxi.",
		"I'm happy to redo the spreadsheet over the weekend.",
		"I can ring your manager and tell her I booked the wrong date, if you want.",
		"I'll apologise to the whole committee as well, in person.",
		// Under way.
		"Come for tea on Friday, I'm cooking.",
		// Done: paying, taking down, putting the record straight.
		"I paid the repair bill this morning.",
		"I took the photo down an hour after you asked.",
		"I emailed the organisers to say the design was your work.",
		"I sent a correction to the whole mailing list.",
		// A treat the writer stands.
		"Lunch is on me, this Sunday at the usual place.",
		// Amends in the passive, or by the remedy itself.
		"The full deposit has been transferred back today.",
		"Your booking fee will be waived.",
		"Refunds have gone out to everyone affected.",
		"A replacement lens has already been ordered.",
		"A £30 credit is on your account.",
		"My half of the deposit was sent this morning.",
	} {
		cases = append(cases, clean("Jo,\n\nI'm sorry I forgot your birthday. It was my fault. From now on I check the calendar every Sunday. "+s+"\n"))
	}
	checkRule(t, "missing-repair", cases)
}

// TestRepairLookAlikes: letters with no amends that say something shaped
// like one (the harm told with an amends verb, a hedge on a past chance,
// the blame "on me", a round put off, a promise about feelings, a
// passive of the harm, the reader told) must still be flagged.
func TestRepairLookAlikes(t *testing.T) {
	const opening = "Jo,\n\nI'm sorry I forgot your birthday. It was my fault. From now on I check the calendar every Sunday. "
	var cases []ruleCase
	for _, s := range []string{
		// The harm, told with a verb that could be an amends.
		"I'm sorry I deleted your photos.",
		"I paid the deposit late and you lost the room.",
		"We ordered the wrong size for you.",
		"When I returned it, the screen was cracked.",
		// What the writer could have done, or won't.
		"I could have paid for a taxi.",
		"I won't pay for the damage.",
		// The blame on the writer, not a treat; a round put off.
		"That one is on me.",
		"Drinks on me next time, promise.",
		// The harm in the passive.
		"Your details were sent to the wrong person.",
		"Your email has been forwarded to the whole team.",
		"My payment went to the wrong address.",
		"Your payment was sent to the wrong address.",
		// Telling the reader, and a vow.
		"I'll tell you everything that happened that night.",
		"I'll come to terms with it in time.",
	} {
		cases = append(cases, fires(opening+s+"\n"))
	}
	checkRule(t, "missing-repair", cases)
}

// TestResponsibilityFamilies: ownership of each family the clause-level
// check recognises keeps missing-responsibility quiet.
func TestResponsibilityFamilies(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		// The writer judging their own act.
		"My remarks at the meeting were unacceptable.",
		"What I wrote in the group chat was out of line.",
		"The way I spoke to you on Friday was not okay.",
		"It was a failure of judgement on my part.",
		"It was thoughtless of me.",
		// The writer judging themselves.
		"I was careless and selfish.",
		// Ownership in other words.
		"That whole mess is my doing.",
		"There's no excuse for it.",
		"I let the whole team down.",
		"We should never have sent that letter.",
	} {
		cases = append(cases, clean("Jo,\n\nI'm sorry about your birthday. "+s+" I'll pay for a new cake. From now on I check the calendar every Sunday.\n"))
	}
	checkRule(t, "missing-responsibility", cases)
}

// TestResponsibilityLookAlikes: letters that never own the act but say
// something shaped like ownership (a denial, a condition, a question, a
// hedge, a state, another person's act or claim, the reader judged)
// must still be flagged.
func TestResponsibilityLookAlikes(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		// Denied, doubted or made conditional.
		"It wasn't my fault the train was late.",
		"What I said was not wrong, just badly timed.",
		"If it was my fault, I'd like to know.",
		"Was it really my fault?",
		"Maybe I was a little careless.",
		"I probably should have checked the date.",
		// A state, not a judgement.
		"I was exhausted and overwhelmed.",
		// Someone else's act or claim, or the reader judged.
		"My brother's comments were unacceptable.",
		"You said I was selfish.",
		"Your reply was unkind.",
		"You should have told me.",
	} {
		cases = append(cases, fires("Jo,\n\nI'm sorry about your birthday. "+s+" I'll pay for a new cake. From now on I check the calendar every Sunday.\n"))
	}
	checkRule(t, "missing-responsibility", cases)
}
