package rules

import "testing"

func TestMissingResponsibility(t *testing.T) {
	checkRule(t, "missing-responsibility", []ruleCase{
		clean("Siobhan,\n\nI'm sorry I left you out of the results. That was my error.\n"),
		clean("Ren,\n\nI used your blender without asking and burnt the motor out. That one’s entirely on me.\n"),
		clean("Dear Ana,\n\nI'm sorry I left you without heating. That delay is on me as your landlord.\n"),
		clean("Hi,\n\nI'm sorry I was late. That lateness is mine to own.\n"),
		clean("Hi,\n\nI'm sorry. I made the mistake on the form and didn't check it.\n"),
		clean("Hi,\n\nI'm sorry. I typed the result, and I'm the one responsible.\n"),
		clean("Hi,\n\nWe're sorry. Both of those failures are ours.\n"),
		clean("Hi,\n\nWe're sorry. The mistake belongs to the shop as a whole.\n"),
		clean("Hi,\n\nWe're sorry we broke your saves. We skipped a test to hit a date. That was our call.\n"),
		clean("Dear Mrs Patel,\n\nI'm sorry the swarm settled in your chimney. Acting on those signs is my job as a beekeeper, and I didn't.\n"),
		clean("Dear Mr Hollis,\n\nI'm sorry we missed your bins. The failure sits with the council, not with you.\n"),
		fires("Dear Mr Hollis,\n\nI'm sorry we missed your bins. The failure sits with the contractor.\n"),
		clean("Lou,\n\nI'm sorry about the tickets. They're from when I had your car, and I'll own that.\n"),
		fires("Lou,\n\nI'm sorry about the tickets. I won't pretend it was an error on the council's part.\n"),
		clean("Dear Mr Fox,\n\nWe are sorry your account was charged twice. The error was ours.\n\nWe have refunded the charge.\n"),
		clean("Dear Ms Lee,\n\nWe are sorry about the delay. This one is on us, and we have refunded your fee.\n"),
		fires("Dear Ms Lee,\n\nWe are sorry about the delay. The decision to close early is on us to review.\n"),
		fires("Kat,\n\nI'm sorry about last night. Mistakes were made, and it's not my fault my phone died.\n"),
		fires("Hello,\n\nI'm sorry about your vegetable patch. The gate got left open.\n\nI'll pay for new plants.\n"),
		fires("Jess,\n\nI'm sorry for everything. I'm not saying I was wrong, but I'm sorry it happened.\n"),
		fires("Ravi,\n\nIt wasn't all my fault. You should have flagged the tests.\n"),
		fires("Ama,\n\nI'm sorry you were offended. It was never my intention.\n"),
		fires("Leah,\n\nI'm sorry if I was wrong about the wedding.\n"),
		fires("Sam,\n\nWas it really my fault? I don't think I was to blame.\n"),
		fires("Mo,\n\nI'm sorry. Mistakes were made, and I'm not going to pretend they weren't.\n"),
		fires("Dev,\n\nIt was unfair of you to post that, but I'm sorry it escalated.\n"),
	})
}

// TestResponsibilityEvidence: the ways people own what they did, each in
// an otherwise complete letter, keep the rule quiet.
func TestResponsibilityEvidence(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"I was wrong.", "It was my fault.", "That's on me.", "I take full responsibility for what happened.",
		"I have no one to blame but myself.", "I messed up.", "I made a mistake.", "I was completely in the wrong.",
		"The blame is mine.", "I own that.", "I should have known better.", "I let you down.",
		"I know what I did was wrong.", "I behaved badly.", "I was selfish and thoughtless.", "I broke your trust.",
		"I'm responsible for this.", "There's no excuse for what I did.", "I chose to ignore your calls.",
		"It was entirely my doing.", "I'm ashamed of how I acted.", "I got it badly wrong.", "I failed you.",
		"That was a terrible thing to do.", "I was out of order.", "I have to hold my hands up.",
		"I can't blame anyone else.", "What I did was unforgivable.", "I was the one who broke it.",
		"It's all on me.", "I hold myself accountable.", "I put you through hell.", "The mistake was mine.",
		"I acted like a child.", "I was rude to you.", "I treated you badly.", "I didn't keep my promise.",
		"I'm at fault.", "I know I hurt you.", "You were right.", "I knew it was yours and I ate it anyway.",
		"It was a cheap remark.", "I crossed a line.", "I let my temper get the better of me.",
	} {
		cases = append(cases, clean("Jo,\n\nI'm sorry I shouted at you on Friday. "+s+"\n\nI'll pay for the glass.\n"))
	}
	checkRule(t, "missing-responsibility", cases)
}
