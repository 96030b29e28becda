package rules

import "testing"

func TestBlameShift(t *testing.T) {
	checkRule(t, "blame-shift", []ruleCase{
		fires("If you hadn't gone home early, none of this would have happened."),
		fires("You always leave me to fend for myself."),
		fires("You should have told me it was a secret."),
		fires("Really it's your fault."),
		fires("You made me do it."),
		fires("You pushed me into saying yes."),
		fires("You never text me your landing time."),
		fires("If you had confirmed the tile order, the schedule would not have slipped."),
		fires("I only said it because you kept pushing."),
		fires("You know exactly what you did."),
		fires("You never said not to mention it."),
		fires("We're both to blame."),
		fires("If you weren't so sensitive, this wouldn't be a problem."),
		fires("If you had just listened to me, this wouldn't have happened."),
		fires("You started it."),
		fires("You're the one who walked out."),
		fires("You should have known I was joking."),
		fires("It's partly your fault too."),
		fires("You provoked me."),
		fires("Because you never listen."),
		fires("You always do this."),
		fires("If you weren't so sensitive, none of this would have happened."),
		fires("You didn't tell me it was important."),
		clean("It wasn't your fault, and I should have said so at the time."),
		clean("You never once forgot to collect me from school."),
		clean("You were right to call it out."),
		clean("You shouldn't have had to ask me twice."),
		clean("I'm sorry because you deserved better from me."),
		clean("You always make me laugh, and I made you cry."),
		clean("You should have been able to trust me."),
		clean("You never let me down, and I let you down."),
		clean("None of this is your fault."),
		clean("If you'd rather not talk, I understand."),
		clean("If you'd like, I'll drive you to the next appointment."),
		clean("You drove me to the station that morning."),
	})
}
