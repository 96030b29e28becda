package rules

import "testing"

func TestMissingRepair(t *testing.T) {
	checkRule(t, "missing-repair", []ruleCase{
		fires("Gareth,\n\nI'm sorry I told the team. It was my fault.\n\nGoing forward, I'm keeping what colleagues tell me to myself.\n"),
		fires("Ines,\n\nI'm sorry for missing your recital. From now on I'll check my calendar.\n"),
		fires("Jess,\n\nI'm sorry. I've booked us a weekend away. That should make up for it.\n"),
		fires("Leah,\n\nI'm sorry. I'll do anything you want. I know nothing can make it right.\n"),
		fires("Sam,\n\nI'm sorry. Let me know when you're free, and let me explain.\n"),
		fires("Jo,\n\nI'm sorry. I want to clear the air and I'd like to explain.\n"),
		clean("Leon,\n\nI'm sorry I broke your lens. I will pay for a replacement.\n"),
		clean("Mum,\n\nI'd like to make it up to you by taking you to the next appointment.\n"),
		clean("Tomasz,\n\nLet me cover your next two weekend shifts.\n"),
		clean("Kat,\n\nI'll send you the £60 for the taxi tonight.\n"),
		clean("Mr Patel,\n\nI've processed a full refund to your card today.\n"),
		clean("Aisha,\n\nI've already emailed Karen to correct the record.\n"),
		clean("Rosa,\n\nI'd like to put it right: I'll pay for new plants.\n"),
		clean("Jo,\n\nIs there anything I can do to help?\n"),
	})
}
