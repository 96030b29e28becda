package rules

import "testing"

func TestMissingChange(t *testing.T) {
	checkRule(t, "missing-change", []ruleCase{
		clean("Hi,\n\nWe apologise for the loaves. When a delivery runs late we now open an hour later.\n"),
		clean("Hi Rosa,\n\nI'm sorry. I've moved to inspecting every seven days, and there's now a notebook in the shed.\n"),
		clean("Hi,\n\nWe're sorry. A game master now stays at the monitor for the entire session.\n"),
		clean("Hi,\n\nI'm sorry. No fine goes on an account unless someone has checked the route log.\n"),
		fires("Kat,\n\nI'm sorry. I'll be there every single time, I'll always be waiting at arrivals.\n"),
		fires("Sophie,\n\nI'm sorry. Work has been a nightmare and now this on top of it.\n"),
		clean("Dear Mr Okoro,\n\nWe are sorry. Since 12 April, we keep different strengths on separate shelves.\n"),
		clean("Dr Nwosu,\n\nI apologize. Starting with episode 213, every guest hears their edit before release.\n"),
		clean("Dear Ms Russo,\n\nWe're sorry. Our team completed access training, and it's now part of induction for everyone we hire.\n"),
		clean("Dear Ms Brennan,\n\nWe're sorry. Every stem bolt is now tightened with a torque wrench.\n"),
		fires("Dear Mr Okoro,\n\nWe are sorry. Since April, things have been very busy here.\n"),
		clean("Dear Mr Fitzgerald,\n\nWe are sorry. From 1 June, a supervisor tags every mobility aid on our flights.\n"),
		clean("Dear Mr and Mrs Tanaka,\n\nI'm sorry. From the next trip, I count heads by sight on the coach.\n"),
		clean("Dear Bernadette,\n\nI'm sorry. Before I next speak for the food bank, I'll go through my list of names with Graham.\n"),
		clean("Rob,\n\nI'm sorry. I will run anything I say about you in public past you first, starting with the toast next month.\n"),
		fires("Rob,\n\nI'm sorry. From what you said, I understand it hurt.\n"),
		clean("Dear Mrs Siddiqui,\n\nWe are sorry. Since Saturday we have made these changes:\n\n- A second person checks every label.\n"),
		clean("Dear Mr Pugh,\n\nWe are sorry. Each referral is now logged on the day it is agreed.\n"),
		clean("Dear Ms Brennan,\n\nWe are sorry. Since Saturday we have:\n\n- removed all bought-in sauces from the menu.\n"),
		clean("Priya,\n\nI'm sorry I talked over you. I've asked Dana to flag it to me in the moment if she sees me doing it.\n"),
		clean("Nan,\n\nI'm sorry I forgot. I've put every family birthday in my phone with a reminder the day before.\n"),
		fires("Nan,\n\nI'm sorry I forgot. I've put the card in the post.\n"),
		fires("Dear Mr Pugh,\n\nWe are sorry. Your referral is now with the hospital.\n"),
		fires("Lily,\n\nI'm sorry I missed it.\n\nI promise I will never miss another big day of yours.\n"),
		fires("Rhys,\n\nI'm sorry I lied. It was my fault. I will pay back the full £500.\n"),
		fires("Ama,\n\nI'm sorry I posted that GIF. It will never happen again.\n"),
		fires("Kat,\n\nI'll be there every single time, I'll always be waiting at arrivals.\n"),
		fires("Ollie,\n\nI'm sorry. Let me cover your next two shifts, and I'll tell Carla it was down to me.\n"),
		fires("Sam,\n\nI'm sorry. I haven't started therapy yet and I'm not sure I will.\n"),
		fires("Anya,\n\nI'm sorry. I swear I'll always be there for you from now on.\n"),
		fires("Jess,\n\nI'm sorry. I've deleted the post.\n"),
		fires("Jade,\n\nI'm sorry. I know you'd booked the time off.\n"),
		fires("Joanne,\n\nWe're sorry for the delay. We've added a free month of hosting to your account.\n"),
		fires("Team,\n\nI'm sorry about Friday. I'd ask that we now leave this behind us.\n"),
		fires("Kim,\n\nI'm sorry. The photos from this week are on the drive.\n"),
	})
}

// TestChangeEvidence: concrete plans for change, each in an otherwise
// complete letter, keep the rule quiet.
func TestChangeEvidence(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"From now on, I'll leave the office by six.", "Going forward, I'll check the rota every Monday.",
		"In future, I'll ask before I borrow anything.", "Next time I'm running late, I'll call you.",
		"I've started seeing a therapist.", "I'm going to start leaving earlier.", "I've set an alarm for bin night.",
		"I've deleted the betting app.", "I no longer drink at work events.", "I'll make sure I'm on time.",
		"I've learned that I need to slow down.", "I'm working on my temper with a counsellor.",
		"I've changed how I plan my week.", "I've joined a support group.", "I now check the calendar with you every Sunday.",
		"I've stopped drinking.", "I'm cutting back on overtime.", "I've put a system in place for birthdays.",
		"My plan is to keep Fridays free for you.", "I've made some changes to how I work.",
		"I have committed to weekly check-ins with my manager.", "Before I say yes to anything, I'll check with you.",
		"I have a new rule: no phone at dinner.", "I've asked Ben to remind me on Tuesdays.",
		"I'll be at every rehearsal on time.", "I've set a reminder so it doesn't happen again.",
		"I've signed up for a first aid course.",
		"I now back up every file to two drives before I leave the office.", "We now confirm every booking by text the day before.",
		"Starting this week, a second person checks every order before it goes out.",
		"Starting today, pickups are a recurring alarm on my phone.", "As of Monday, the rota goes out a week ahead.",
		"Every time I borrow something, I'll write down when it's due back.",
		"Every booking will now be confirmed in writing two weeks ahead.",
	} {
		cases = append(cases, clean("Jo,\n\nI'm sorry I forgot your birthday. It was my fault, and I'll take you out on Saturday. "+s+"\n"))
	}
	checkRule(t, "missing-change", cases)
}
