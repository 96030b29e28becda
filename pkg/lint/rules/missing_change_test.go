package rules

import "testing"

func TestMissingChange(t *testing.T) {
	checkRule(t, "missing-change", []ruleCase{
		fires("Lily,\n\nI'm sorry I missed it.\n\nI promise I will never miss another big day of yours.\n"),
		fires("Rhys,\n\nI'm sorry I lied. It was my fault. I will pay back the full £500.\n"),
		fires("Ama,\n\nI'm sorry I posted that GIF. It will never happen again.\n"),
		fires("Kat,\n\nI'll be there every single time, I'll always be waiting at arrivals.\n"),
		fires("Ollie,\n\nI'm sorry. Let me cover your next two shifts, and I'll tell Carla it was down to me.\n"),
		fires("Sam,\n\nI'm sorry. I haven't started therapy yet and I'm not sure I will.\n"),
		clean("Lily,\n\nFrom now on, I book flights for family events a day early.\n"),
		clean("Rhys,\n\nI have started seeing a debt adviser every Tuesday.\n"),
		clean("Ama,\n\nGoing forward, I'll ask before sharing anything about a colleague.\n"),
		clean("Ellie,\n\nIn future, I'm sticking to two drinks at parties.\n"),
		clean("Noor,\n\nNext time I feel myself getting loud, I'll say so and we'll pause.\n"),
		clean("Ben,\n\nI've set a reminder for every one of your matches this season.\n"),
		clean("Jo,\n\nI've signed up for an anger management course that starts on Monday.\n"),
	})
}
