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
