package rules

import "testing"

func TestMissingRepair(t *testing.T) {
	checkRule(t, "missing-repair", []ruleCase{
		fires("Jo,\n\nI'm sorry I missed the match. I've got you a voucher for the cinema, so hopefully we're cool now.\n"),
		fires("Jo,\n\nI'm sorry. We've added a complimentary upgrade to your next stay, which we trust will make things right.\n"),
		fires("Jo,\n\nI'm sorry. I've booked us a table on Friday so we can forget it ever happened.\n"),
		clean("Jo,\n\nI'm sorry. We've sent you a free replacement, which should arrive on Tuesday.\n"),
		clean("Jo,\n\nI'm sorry. We've posted you a replacement kettle today.\n"),
		clean("Jo,\n\nim sorry. ill pay u back every penny on friday.\n"),
		clean("Dear Ms Patel,\n\nWe are sorry we charged you twice. The duplicate charge has now been refunded to your card.\n"),
		clean("Jo,\n\nI'm sorry I posted the photo. It has already been taken down.\n"),
		clean("Fran,\n\nI'm so sorry I left you waiting. I'm sending you the money for the taxi now.\n"),
		clean("Dear Ms Ortiz,\n\nI apologize for holding your deposit. I sent 100% of the deposit, $2,400, by bank transfer this morning.\n"),
		clean("Hi,\n\nI'm so sorry I told you he'd been released. I'd like you to be there when we release him.\n"),
		clean("Dear Ms Lane,\n\nWe're sorry we charged you twice. We have:\n\n- Refunded the full £312.40 to your card.\n- Corrected your plan.\n"),
		clean("Dear Ms Lane,\n\nWe apologize. If it cost you anything, please tell me and the library will reimburse you.\n"),
		clean("Nadia,\n\nI'm sorry. I'll be up on the 14th and I'll stay the whole weekend so you can have a proper break.\n"),
		clean("Dear Ms Nakamura,\n\nWe're sorry the engineer missed the visit. Your line has since been repaired.\n"),
		fires("Steph,\n\nI'm sorry I missed the visits. I'll go every Sunday from now on, so you can see me there.\n"),
		clean("Dear Mr Pugh,\n\nWe are sorry we never sent your referral. We sent the referral marked urgent on the day you called.\n"),
		fires("Dear Mr Pugh,\n\nWe are sorry. We sent the letter to the wrong address.\n"),
		fires("Fran,\n\nI'm so sorry. I'm feeling awful about it and I'm thinking of you.\n"),
		fires("Jo,\n\nI'm sorry. The charge hasn't been refunded yet.\n"),
		fires("Gareth,\n\nI'm sorry I told the team. It was my fault.\n\nGoing forward, I'm keeping what colleagues tell me to myself.\n"),
		fires("Ines,\n\nI'm sorry for missing your recital. From now on I'll check my calendar.\n"),
		fires("Jess,\n\nI'm sorry. I've booked us a weekend away. That should make up for it.\n"),
		fires("Leah,\n\nI'm sorry. I'll do anything you want. I know nothing can make it right.\n"),
		fires("Sam,\n\nI'm sorry. Let me know when you're free, and let me explain.\n"),
		fires("Jo,\n\nI'm sorry. I want to clear the air and I'd like to explain.\n"),
		fires("Jo,\n\nI'm sorry. I can never make it up to you, and I won't pay attention to the gossip.\n"),
		fires("Jo,\n\nI'm sorry. We haven't refunded the charge yet, and I won't tell them myself.\n"),
		fires("Jo,\n\nI'm sorry. If we had refunded you sooner, you wouldn't have had to write.\n"),
		// First-person sentences that are not repairs: waiting, trying,
		// remembering, promises, change plans, conditions on forgiveness.
		fires("Jo,\n\nI'm sorry. I'll understand if you need time, and I'll be here when you're ready.\n"),
		fires("Jo,\n\nI'm sorry. I'll give you space. I'll always remember what you said.\n"),
		fires("Jo,\n\nI'm sorry. I'll try to be better, and I will respect whatever you decide.\n"),
		fires("Jo,\n\nI'm sorry. I won't do it again, and I will never lie to you.\n"),
		fires("Jo,\n\nI'm sorry. From now on I'll put my phone away at dinner.\n"),
		fires("Jo,\n\nI'm sorry. I'll check my calendar every morning.\n"),
		fires("Jo,\n\nI'm sorry. If you forgive me, I'll take you to Paris.\n"),
		fires("Jo,\n\nI'm sorry. I'll sort you out with a new one if you unblock me.\n"),
		fires("Jo,\n\nI'm sorry. I'll get the first round in to make up for it.\n"),
		fires("Jo,\n\nI'm sorry. To smooth things over, we've added a free month to your account.\n"),
		fires("Jo,\n\nI'm sorry. I'll pick up that wine you like on the way home.\n"),
		fires("Jo,\n\nI'm sorry. I'll have the photos to you as soon as I possibly can.\n"),
		fires("Jo,\n\nI'm sorry. I've taken time to think, and I've asked myself why.\n"),
		fires("Jo,\n\nI was ill last week. I'm sorry.\n"),
		fires("Ana,\n\nI'm so sorry. I've blocked her number and left the running club so I won't see her. I'll spend the rest of my life making this up to you.\n"),
		clean("Ana,\n\nI'm so sorry. I've blocked her number, and I'll pay for the couples counselling we talked about.\n"),
	})
}

// TestRepairEvidence: offers of repair, each in an otherwise complete
// letter, keep the rule quiet.
func TestRepairEvidence(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"I'll pay for the damage.", "I'd like to make it up to you.", "Let me take you to dinner.",
		"I've replaced the glass.", "I will cover the cost of the repair.", "I've transferred the money back.",
		"I'm going to fix it this weekend.", "Can I take you out for lunch?", "I'll make it right.",
		"I'll buy you a new one.", "I'd like to help however I can.", "What can I do to make this right?",
		"I'll come over and help clear up.", "I've booked the carpet cleaner for Monday.", "I'll return it tomorrow.",
		"I'll tell everyone it was my fault.", "I'll do the school run for the next month.",
		"I'm happy to pay for a new one.", "Please let me replace it.", "I want to put this right.",
		"I've sent a correction to the whole team.", "I've paid the fine.", "I'll refund you in full.",
		"I'll reschedule and come to the next one.", "If you'll let me, I'd like to cook for you.",
		"Here's what I'm doing to fix it.", "I'm taking you out for your birthday dinner next week.",
		"I'll pay you back on Friday.", "I've offered to pay for the cleaning.", "I'd be glad to call them for you.",
		"I've asked Marcus to give you the first slot on Thursday.", "I've handed the banking over to you.",
		"I've written to your parents to tell them I was out of line.",
		"We have refunded the £72 in charges to your account.", "We've sent the correct bike by courier.",
		"I've ordered the same edition.", "The new one will arrive on Monday at our cost.",
		"I'll tell Sunita and the others myself.", "We've already reimbursed your deposit.",
		"We have rebooked the visit at no cost to families.", "We've arranged for an engineer to visit on Monday.",
		// Ordinary first-person actions, done or to come.
		"I've put £30 in your jar for the petrol.", "I'll wash and hoover the car this weekend.",
		"ive put £30 in your jar and ill wash the car on sunday.", "I've asked Dana for ten minutes so you can present.",
		"I'll have the corrected version on your desk by 9am tomorrow.", "I've taken it down now.",
		"I'll knock £75 off this month's rent.", "We'll knock a night off your bill.", "We've waived the call-out fee.",
		"I'm going to repaint the fence on Saturday.", "Let me drive you to the hospital on Tuesday.",
		"I've emailed the client to say the delay was mine.", "I can collect the kids on Thursday.",
	} {
		cases = append(cases, clean("Jo,\n\nI'm sorry I broke your vase. It was my fault. "+s+"\n\nFrom now on I'll be careful.\n"))
	}
	checkRule(t, "missing-repair", cases)
}
